package io.newsreaction.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.Reactions;
import io.newsreaction.fixtures.TickSeries;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {

    private static final String HOSTILE = "Analyst says <script>alert('x')</script> & \"sell\" > hold";

    @Test
    void shouldBeWellFormedXmlWithOneChartPerSymbolWithReactions() throws Exception {
        Document document = parse(HtmlReport.render(input(reactions())));

        NodeList svgs = document.getElementsByTagName("svg");
        assertThat(svgs.getLength()).isEqualTo(2);
        assertThat(svgs.item(0).getParentNode().getAttributes().getNamedItem("id").getNodeValue())
                .isEqualTo("chart-AMD");
        assertThat(svgs.item(1).getParentNode().getAttributes().getNamedItem("id").getNodeValue())
                .isEqualTo("chart-NVDA");
        Element body = (Element) document.getElementsByTagName("tbody").item(0);
        assertThat(body.getElementsByTagName("tr").getLength()).as("one row per reaction").isEqualTo(3);
    }

    @Test
    void shouldReferenceNoExternalResources() {
        String html = HtmlReport.render(input(reactions()));

        assertThat(html).doesNotContain("http://", "https://", "<script", "<link", "@import", "url(");
        assertThat(Pattern.compile("\\s(src|href)=").matcher(html).find()).isFalse();
    }

    @Test
    void shouldEscapeTitlesAndActorsEverywhere() throws Exception {
        String html = HtmlReport.render(input(reactions()));

        assertThat(html).doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;sell&quot; &gt; hold");
        Document document = parse(html);
        assertThat(texts(document.getElementsByTagName("title")))
                .contains("2025-01-27 14:30 UTC  O'Brien & Co: " + HOSTILE);
        assertThat(texts(document.getElementsByTagName("td"))).contains(HOSTILE);
        assertThat(html).contains("<td>O&#39;Brien &amp; Co</td>");
    }

    @Test
    void shouldDrawEveryChartedBucketAndAMarkerPerHeadline() throws Exception {
        Document document = parse(HtmlReport.render(input(reactions())));

        NodeList polylines = document.getElementsByTagName("polyline");
        String nvdaPoints = polylines.item(3).getAttributes().getNamedItem("points").getNodeValue();
        assertThat(nvdaPoints.split(" ")).as("Friday and Monday buckets, gap compressed").hasSize(4);
        assertThat(document.getElementsByTagName("circle").getLength()).as("markers: AMD 1, NVDA 2").isEqualTo(3);
    }

    @Test
    void shouldShowAnEmptyChartWhenASymbolHasNoTicks() {
        ReportInput input = ReportInput.of(List.of(Reactions.forSymbol("TSM").build()), Map.of(), Map.of(), List.of());

        String html = HtmlReport.render(input);

        assertThat(html).contains("no prices for TSM in the window", "<td class=\"status\">NO_REFERENCE</td>");
        assertThat(html.split("<svg", -1)).hasSize(2);
    }

    @Test
    void shouldRenderIdenticalBytesForIdenticalInputWhateverItsOrder() {
        List<MarketReaction> reversed = new ArrayList<>(reactions());
        Collections.reverse(reversed);

        String first = HtmlReport.render(input(reactions()));

        assertThat(HtmlReport.render(input(reactions()))).isEqualTo(first);
        assertThat(HtmlReport.render(input(reversed))).isEqualTo(first);
    }

    private static List<MarketReaction> reactions() {
        return List.of(
                Reactions.forSymbol("NVDA").headline("r1").actor("O'Brien & Co").title(HOSTILE)
                        .abnormal30m(-0.05).abnormalSession(-0.17).build(),
                Reactions.forSymbol("NVDA").headline("r2").publishedAt("2025-01-27T14:36:00Z")
                        .abnormal30m(-0.01).build(),
                Reactions.forSymbol("AMD").headline("r1").benchmark("SPY").abnormal30m(-0.02).build());
    }

    private static ReportInput input(List<MarketReaction> reactions) {
        List<Tick> nvda = new ArrayList<>(TickSeries.of("NVDA").from("2025-01-24T20:50:00Z").prices(146, 142.605));
        nvda.addAll(TickSeries.of("NVDA").from("2025-01-27T14:30:00Z").prices(125, 124));
        Map<String, List<Tick>> ticks = Map.of(
                "NVDA", nvda,
                "QQQ", TickSeries.of("QQQ").from("2025-01-24T20:50:00Z").prices(530, 529),
                "AMD", TickSeries.of("AMD").from("2025-01-27T14:30:00Z").prices(120, 118),
                "SPY", TickSeries.of("SPY").from("2025-01-27T14:30:00Z").prices(600, 598));
        return ReportInput.of(reactions, ticks, Map.of("NVDA", "QQQ", "AMD", "SPY"),
                List.of(Headlines.id("r1").title(HOSTILE).build(), Headlines.id("r2").build()));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
