package io.newsreaction.serde;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.avro.Schema;

import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.MarketModel;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ModelMethod;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.Tick;
import io.newsreaction.avro.TimePrecision;

/** Small, fixed Avro records for serde tests. */
final class SampleRecords {

    static final Instant T0 = Instant.parse("2025-01-27T14:30:00Z");

    /** Tick with one added optional field: the v2 of an evolution test. */
    static final Schema TICK_V2 = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Tick\","
            + "\"namespace\":\"io.newsreaction.avro\",\"fields\":["
            + "{\"name\":\"symbol\",\"type\":{\"type\":\"string\",\"avro.java.string\":\"String\"}},"
            + "{\"name\":\"ts\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},"
            + "{\"name\":\"price\",\"type\":\"double\"},"
            + "{\"name\":\"size\",\"type\":\"long\"},"
            + "{\"name\":\"venue\",\"type\":[\"null\",{\"type\":\"string\",\"avro.java.string\":\"String\"}],"
            + "\"default\":null},"
            + "{\"name\":\"condition\",\"type\":[\"null\",\"string\"],\"default\":null}]}");

    private SampleRecords() {
    }

    static Tick tick() {
        return Tick.newBuilder().setSymbol("NVDA").setTs(T0).setPrice(142.62).setSize(300).setVenue("XNAS").build();
    }

    static ReactionKey reactionKey() {
        return ReactionKey.newBuilder().setHeadlineId("h-deepseek-r1").setSymbol("NVDA").build();
    }

    static MarketReaction marketReaction() {
        HorizonReaction horizon = HorizonReaction.newBuilder()
                .setHorizon(Duration.ofMinutes(30).toString())
                .setEndTime(T0.plus(Duration.ofMinutes(30)))
                .setPrice(128.5).setPriceTime(T0.plusSeconds(1799))
                .setLogReturn(-0.105).setSimpleReturn(-0.0997)
                .setBenchmarkLogReturn(-0.031).setAbnormalReturn(-0.074).setZScore(Double.NaN)
                .setVolume(1_000_000L).setVwap(null).setTickCount(42L)
                .build();
        return MarketReaction.newBuilder()
                .setHeadlineId("h-deepseek-r1").setSymbol("NVDA")
                .setKind(HeadlineKind.MODEL_RELEASE).setActor(null).setTitle("DeepSeek releases R1")
                .setPublishedAt(T0).setTimePrecision(TimePrecision.MINUTE)
                .setBenchmark("QQQ").setStatus(ReactionStatus.PROVISIONAL).setRevision(0)
                .setReferencePrice(142.62).setReferenceTime(T0.minusSeconds(1))
                .setPreEventReturn(0.001).setRunUp(0.0).setDrawdown(-0.12)
                .setMarketModel(MarketModel.newBuilder().setMethod(ModelMethod.MARKET_MODEL)
                        .setAlpha(0.0001).setBeta(1.7).setSigma(0.002).setObservations(388).build())
                .setHorizons(List.of(horizon))
                .setSettingsHash("abc123")
                .build();
    }
}
