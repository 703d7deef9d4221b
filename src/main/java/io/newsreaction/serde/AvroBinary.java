package io.newsreaction.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Avro binary encoding shared by the registry serializer and the internal serde: buffered (the
 * direct encoder makes one synchronized stream write per value) and with a fast branch choice for
 * optional values. Avro's own union resolution looks a datum's type name up in the union for every
 * value, which made up most of the cost of a leg's 391 optional grid prices.
 */
final class AvroBinary {
    private AvroBinary() {
    }

    /** A writer for specific records of {@code schema}. */
    static <T> DatumWriter<T> specificWriter(Schema schema, SpecificData data) {
        return new SpecificDatumWriter<>(schema, data) {
            @Override
            protected int resolveUnion(Schema union, Object datum) {
                int branch = optionalBranch(union, datum);
                return branch >= 0 ? branch : super.resolveUnion(union, datum);
            }
        };
    }

    /** A writer for generic records of {@code schema}. */
    static <T> DatumWriter<T> genericWriter(Schema schema) {
        return new GenericDatumWriter<>(schema, GenericData.get()) {
            @Override
            protected int resolveUnion(Schema union, Object datum) {
                int branch = optionalBranch(union, datum);
                return branch >= 0 ? branch : super.resolveUnion(union, datum);
            }
        };
    }

    /**
     * The branch of a two-branch union with {@code null} (an optional value): the null branch for a
     * null datum, the other one otherwise; -1 for any other union, left to Avro. A datum that does
     * not fit the non-null branch fails when that branch is written, as with Avro's own resolution.
     */
    static int optionalBranch(Schema union, Object datum) {
        List<Schema> types = union.getTypes();
        if (types.size() != 2) {
            return -1;
        }
        int nullBranch = types.get(0).getType() == Schema.Type.NULL ? 0 : types.get(1).getType() == Schema.Type.NULL ? 1 : -1;
        if (nullBranch < 0) {
            return -1;
        }
        return datum == null ? nullBranch : 1 - nullBranch;
    }

    /** Appends the binary encoding of {@code datum} to {@code out}. */
    static <T> void encode(DatumWriter<T> writer, T datum, ByteArrayOutputStream out) throws IOException {
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        writer.write(datum, encoder);
        encoder.flush();
    }
}
