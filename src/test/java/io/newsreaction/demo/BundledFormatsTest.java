package io.newsreaction.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.data.ParseError;
import io.newsreaction.data.ParseResult;
import io.newsreaction.demo.BenzingaNews;
import io.newsreaction.demo.DeepSeekTimeline;
import io.newsreaction.demo.KnownEntities;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BundledFormatsTest {

    private static final String TIMELINE_HEADER = "event_time_utc,event_time_et,time_precision,category,actor,tickers,"
            + "headline,source,timestamp_evidence,confidence";

    @Test
    void shouldMapTimelineCategoriesPrecisionsAndEntities() {
        String csv = String.join("\n", TIMELINE_HEADER,
                "2025-01-20T12:29:30Z,2025-01-20 07:29:30,second,model_release,DeepSeek (@deepseek_ai),NVDA,"
                        + "\"DeepSeek-R1 is here: on par with OpenAI-o1, MIT license\","
                        + "https://x.com/deepseek_ai/status/1 ; https://api-docs.deepseek.com/news,decoded,high",
                "2025-01-27T14:00:00Z,2025-01-27 09:00:00,approx,media,Fortune,NVDA;QQQ,'Sputnik moment',src,e,medium",
                "2025-01-27,2025-01-27,date,rumor,Citi (Atif Malik),,Citi reiterates Buy on NVIDIA's chips,src,e,low",
                "2025-01-27T14:00:00Z,x,hourly,media,a,,t,s,e,c",
                "garbage,x,second,media,a,,t,s,e,c");
        ParseResult<Headline> result = DeepSeekTimeline.parse("timeline.csv", new StringReader(csv));
        assertThat(result.records()).hasSize(3);
        Headline r1 = result.records().get(0);
        assertThat(r1.getKind()).isEqualTo(HeadlineKind.MODEL_RELEASE);
        assertThat(r1.getTimePrecision()).isEqualTo(TimePrecision.SECOND);
        assertThat(r1.getPublishedAt()).isEqualTo(Instant.parse("2025-01-20T12:29:30Z"));
        assertThat(r1.getEntities()).containsExactly("DeepSeek", "R1", "OpenAI");
        assertThat(r1.getUrl()).isEqualTo("https://x.com/deepseek_ai/status/1");
        assertThat(r1.getActor()).isEqualTo("DeepSeek (@deepseek_ai)");
        assertThat(result.records().get(1).getTimePrecision()).isEqualTo(TimePrecision.DAY);
        assertThat(result.records().get(1).getTickers()).containsExactly("NVDA", "QQQ");
        Headline citi = result.records().get(2);
        assertThat(citi.getKind()).isEqualTo(HeadlineKind.OTHER);
        assertThat(citi.getPublishedAt()).isEqualTo(Instant.parse("2025-01-27T05:00:00Z"));
        assertThat(citi.getTimePrecision()).isEqualTo(TimePrecision.DAY);
        assertThat(citi.getTickers()).isEmpty();
        assertThat(citi.getEntities()).containsExactly("Nvidia");
        assertThat(result.errors()).extracting(ParseError::toString).containsExactly(
                "timeline.csv:5: time_precision must be one of second, minute, date, approx: 'hourly'",
                "timeline.csv:6: not an ISO-8601 time or epoch milliseconds: 'garbage'");
    }

    @Test
    void shouldReadBenzingaAsMediaWithUnescapedTitles() {
        String csv = String.join("\n",
                "timestamp,symbol,sentiment,headline,source",
                "2025-01-20 15:01:57+00:00,NVDA,0.0,In-Depth Analysis: NVIDIA Versus Competitors In Semiconductors &amp; "
                        + "Equipment,benzinga",
                "2025-01-27 18:18:42+00:00,msft,1.0,\"Microsoft, Meta Fall As DeepSeek Rattles Tech\",benzinga",
                "2025-01-27,MSFT,1.0,day only,benzinga");
        ParseResult<Headline> result = BenzingaNews.parse("benzinga-NVDA.csv", new StringReader(csv));
        assertThat(result.records()).hasSize(2);
        Headline first = result.records().get(0);
        assertThat(first.getTitle()).isEqualTo("In-Depth Analysis: NVIDIA Versus Competitors In Semiconductors & Equipment");
        assertThat(first.getKind()).isEqualTo(HeadlineKind.MEDIA);
        assertThat(first.getSource()).isEqualTo("Benzinga");
        assertThat(first.getTimePrecision()).isEqualTo(TimePrecision.SECOND);
        assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2025-01-20T15:01:57Z"));
        assertThat(first.getTickers()).containsExactly("NVDA");
        assertThat(result.records().get(1).getTickers()).containsExactly("MSFT");
        assertThat(result.records().get(1).getEntities()).containsExactly("DeepSeek", "Microsoft", "Meta");
        assertThat(result.errors()).extracting(ParseError::toString)
                .containsExactly("benzinga-NVDA.csv:4: timestamp needs a time of day: '2025-01-27'");
    }

    @Test
    void shouldUnescapeNumericReferences() {
        assertThat(BenzingaNews.unescapeHtml("a &#39;b&#x27; &lt;c&gt; &nbsp;")).isEqualTo("a 'b' <c> &nbsp;");
    }

    @Test
    void shouldLookForTheRoutedEntitiesOfTheDemoThenTheUnroutedCompaniesInAFixedOrder() {
        assertThat(KnownEntities.NAMES).containsExactly("DeepSeek", "R1", "V3", "Janus", "Qwen", "OpenAI", "ChatGPT", "Stargate",
                "Nvidia", "Microsoft", "Meta", "AMD", "Broadcom", "TSMC", "Oracle", "SoftBank", "Alibaba");
        assertThat(DemoRouting.properties().keySet().stream().filter(k -> k.startsWith("routing.entity.")))
                .hasSize(DemoRouting.routedEntities().size());
    }

    @Test
    void shouldMatchKnownEntitiesAsWholeWordsOnly() {
        assertThat(KnownEntities.extract("Metaverse AMDX R10 deepseek.com V3-based")).containsExactly("DeepSeek", "V3");
    }
}
