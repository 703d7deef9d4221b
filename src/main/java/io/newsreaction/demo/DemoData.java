package io.newsreaction.demo;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import io.newsreaction.data.BarTicks;
import io.newsreaction.data.BarsCsv;
import io.newsreaction.data.InputFiles;
import io.newsreaction.data.ParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The bundled DeepSeek-week data set (classpath {@code data/deepseek-2025-01/}) as Avro records:
 * ticks from the six {@code bars-5min} files by {@link BarTicks}, and headlines from
 * {@code timeline.csv} and the Benzinga NVDA and MSFT files.
 *
 * <p>Ticks are sorted by timestamp (stable; files read in {@link #SYMBOLS} order). Headlines with
 * the same id (the same title at the same second: 47 Benzinga headlines are tagged both NVDA and
 * MSFT, and some timeline events are Benzinga headlines) are one event: the first read (timeline
 * before Benzinga, NVDA before MSFT) is kept, with the union of tickers and entities. Headlines are
 * sorted by publication time, then id.
 *
 * @param ticks     every tick, by time
 * @param headlines every headline, by time
 */
public record DemoData(List<Tick> ticks, List<Headline> headlines) {

    /** Symbols with 5-minute bars. */
    public static final List<String> SYMBOLS = List.of("AMD", "META", "MSFT", "NVDA", "QQQ", "SPY");
    /** Classpath folder of the data set. */
    public static final String ROOT = "data/deepseek-2025-01/";

    public DemoData {
        ticks = List.copyOf(ticks);
        headlines = List.copyOf(headlines);
    }

    /** Loads the bundled files; a bad row in them is a packaging bug and fails loudly. */
    public static DemoData load() {
        List<Tick> ticks = new ArrayList<>();
        for (String symbol : SYMBOLS) {
            ticks.addAll(checked(InputFiles.parseResource(ROOT + "bars-5min/" + symbol + ".csv",
                    BarsCsv.forSymbol(symbol)::parse)));
        }
        ticks.sort(Comparator.comparing(Tick::getTs));
        List<Headline> headlines = new ArrayList<>();
        headlines.addAll(checked(InputFiles.parseResource(ROOT + "headlines/timeline.csv", DeepSeekTimeline::parse)));
        headlines.addAll(checked(InputFiles.parseResource(ROOT + "headlines/benzinga-NVDA.csv", BenzingaNews::parse)));
        headlines.addAll(checked(InputFiles.parseResource(ROOT + "headlines/benzinga-MSFT.csv", BenzingaNews::parse)));
        return new DemoData(ticks, mergeById(headlines));
    }

    /** Number of ticks per symbol, by symbol. */
    public Map<String, Long> tickCounts() {
        return ticks.stream().collect(Collectors.groupingBy(Tick::getSymbol, TreeMap::new, Collectors.counting()));
    }

    /** One line for progress output, e.g. {@code "7,640 ticks (AMD 1296, …), 457 headlines"}. */
    public String summary() {
        return String.format("%,d ticks %s, %,d headlines", ticks.size(), tickCounts(), headlines.size());
    }

    private static <T> List<T> checked(ParseResult<T> result) {
        if (!result.ok()) {
            throw new IllegalStateException("bundled demo data is broken: " + result.errors());
        }
        return result.records();
    }

    private static List<Headline> mergeById(List<Headline> all) {
        Map<String, Headline> byId = new LinkedHashMap<>();
        for (Headline h : all) {
            Headline first = byId.get(h.getId());
            byId.put(h.getId(), first == null ? h : merged(first, h));
        }
        List<Headline> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing(Headline::getPublishedAt).thenComparing(Headline::getId));
        return out;
    }

    /** Field by field: {@code Headline.newBuilder(first)} deep-copies, which Avro 1.12's class validator forbids. */
    private static Headline merged(Headline first, Headline second) {
        return Headline.newBuilder()
                .setId(first.getId()).setPublishedAt(first.getPublishedAt()).setTimePrecision(first.getTimePrecision())
                .setSource(first.getSource()).setKind(first.getKind()).setActor(first.getActor())
                .setTitle(first.getTitle()).setUrl(first.getUrl())
                .setTickers(union(first.getTickers(), second.getTickers()))
                .setEntities(union(first.getEntities(), second.getEntities()))
                .build();
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}
