package io.newsreaction.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 text and refuses what no parser should see, saying where: a byte sequence that is
 * not UTF-8 ({@code line 7, column 3: not UTF-8 (byte 0xff)}) and a line longer than
 * {@link #MAX_LINE} characters. A JDK reader would report the first as "Input length = 1" with no
 * position, or replace it silently, and would hold an endless line in memory.
 */
final class CheckedTextReader extends Reader {
    /** Longest line accepted (characters). */
    static final int MAX_LINE = 1 << 20;

    /** What is wrong with the text and on which line (1-based). */
    static final class TextException extends IOException {
        private final long line;

        TextException(long line, String message) {
            super(message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final InputStream in;
    private final int maxLine;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private boolean eof;
    private boolean done;
    private long line = 1;
    private long column;

    CheckedTextReader(InputStream in) {
        this(in, MAX_LINE);
    }

    CheckedTextReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (done) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next chunk into {@link #chars}; sets {@link #done} once the input is decoded to its end. */
    private void fill() throws IOException {
        if (!eof) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + read);
            }
        }
        bytes.flip();
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
            chars.flip();
            track();
            int bad = bytes.get(bytes.position()) & 0xff;
            throw new TextException(line, "not UTF-8 (byte 0x" + String.format("%02x", bad) + " at column " + (column + 1) + ")");
        }
        if (eof && !bytes.hasRemaining()) {
            decoder.flush(chars);
            done = true;
        }
        bytes.compact();
        chars.flip();
        track();
    }

    /** Counts lines and columns over the chars just decoded and refuses an overlong line. */
    private void track() throws TextException {
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                line++;
                column = 0;
            } else if (++column > maxLine) {
                throw new TextException(line, "line longer than " + maxLine + " characters");
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
