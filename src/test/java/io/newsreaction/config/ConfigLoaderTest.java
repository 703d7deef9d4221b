package io.newsreaction.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.fixtures.FakeCalendar;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.topology.ReactionTopology;
import io.newsreaction.topology.TickContract;
import io.newsreaction.topology.TickPartitioner;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final ConfigLoader LOADER = new ConfigLoader(FakeCalendar.FACTORY);

    @TempDir
    Path dir;

    private static AppSettings load(Optional<Path> file, Map<String, String> env, Map<String, String> flags) {
        return LOADER.load(new ConfigSources(Map.of(), file, env, flags));
    }

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void shouldBindTheTicksContractAndQuoteTheKeysTheTopologyNames() {
        AppSettings s = LOADER.load(new ConfigSources(Map.of(), Optional.empty(), Map.of(),
                Map.of("topics.ticks.partitioner", "CRC32", "reaction.max-future-skew", "PT30S")));
        assertThat(s.ticks()).isEqualTo(new TickContract(TickPartitioner.CRC32, Duration.ofSeconds(30)));
        assertThat(ReactionTopology.TICKS_PARTITIONER_KEY).isEqualTo(ConfigKeys.TICKS_PARTITIONER);
    }

    @Test
    void shouldKeepStageTwoStateAsLongAsTheTickHistoryUnlessToldOtherwise() {
        assertThat(LOADER.load(ConfigSources.none()).queryRetention()).isEqualTo(Duration.ofDays(14));
        AppSettings s = LOADER.load(new ConfigSources(Map.of(), Optional.empty(), Map.of(),
                Map.of("reaction.history-retention", "P20D", "reaction.query-retention", "P7D")));
        assertThat(s.queryRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(ReactionService.topologySettings(s).queryRetention()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void shouldApplyDesignDefaults() {
        AppSettings s = LOADER.load(ConfigSources.none());
        assertThat(s.applicationId()).isEqualTo("news-reaction");
        assertThat(s.topics()).isEqualTo(new TopicSettings(
                "news.headlines", "market.ticks", "market.reactions", "news-reaction.dlq", 3, true));
        assertThat(s.reaction().horizons()).extracting(Duration::toString)
                .containsExactly("PT1M", "PT5M", "PT15M", "PT30M", "PT1H", "PT2H", "PT6H30M");
        assertThat(s.reaction().grace()).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.reaction().estimationLength()).isEqualTo(390);
        assertThat(s.reaction().historyRetention()).isEqualTo(Duration.ofDays(14));
        assertThat(s.ticks()).isEqualTo(new TickContract(TickPartitioner.MURMUR2, Duration.ofMinutes(5)));
        assertThat(s.routing().universe()).isEmpty();
        assertThat(s.routing().defaultBenchmark()).isEqualTo("SPY");
        assertThat(s.http()).isEqualTo(new HttpSettings(8080, "127.0.0.1", ""));
        assertThat(s.stateDir()).isEmpty();
        assertThat(s.kafka()).isEmpty();
        assertThat(s.registryStartup()).isEqualTo(new RegistryStartupSettings(30, Duration.ofSeconds(1)));
    }

    @Test
    void shouldLeaveCalendarListsUnsetSoTheFactoryUsesItsDefaults() {
        FakeCalendar calendar = (FakeCalendar) LOADER.load(ConfigSources.none()).reaction().calendar();
        assertThat(calendar.name()).isEqualTo("XNYS");
        assertThat(calendar.holidays()).isNull();
        assertThat(calendar.halfDays()).isNull();
    }

    @Test
    void shouldPassConfiguredCalendarLists() {
        FakeCalendar calendar = (FakeCalendar) load(Optional.empty(), Map.of(), Map.of(
                "reaction.calendar", "xnys",
                "reaction.calendar.holidays", "2025-01-20, 2025-01-09",
                "reaction.calendar.half-days", "")).reaction().calendar();
        assertThat(calendar.name()).isEqualTo("XNYS");
        assertThat(calendar.holidays()).containsExactly(LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 20));
        assertThat(calendar.halfDays()).isEmpty();
    }

    @Test
    void shouldLetFileOverrideDefaultsEnvOverrideFileAndFlagsOverrideEnv() throws IOException {
        Path f = file("app.properties", "reaction.grace=PT2M\nreaction.pre-event=PT20M\n"
                + "topics.partitions=6\napplication.id=from-file\n");
        Map<String, String> env = Map.of("NEWS_REACTION_REACTION_PRE_EVENT", "PT10M",
                "NEWS_REACTION_TOPICS_PARTITIONS", "12", "PATH", "/usr/bin");
        AppSettings s = load(Optional.of(f), env, Map.of("topics.partitions", "24"));
        assertThat(s.reaction().grace()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.reaction().preEvent()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.topics().partitions()).isEqualTo(24);
        assertThat(s.applicationId()).isEqualTo("from-file");
        assertThat(s.reaction().estimationInterval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void shouldPutBaseLayerBetweenDefaultsAndFile() throws IOException {
        Path f = file("app.properties", "reaction.default-benchmark=QQQ\n");
        ConfigSources sources = new ConfigSources(
                Map.of("reaction.default-benchmark", "IWM", "reaction.universe", "nvda, msft"),
                Optional.of(f), Map.of(), Map.of());
        AppSettings s = LOADER.load(sources);
        assertThat(s.routing().defaultBenchmark()).isEqualTo("QQQ");
        assertThat(s.routing().universe()).containsExactly("MSFT", "NVDA");
    }

    @Test
    void shouldFlattenYaml() throws IOException {
        Path f = file("app.yaml", String.join("\n",
                "application.id: yaml-app",
                "topics:",
                "  partitions: 5",
                "  auto-create: false",
                "reaction:",
                "  calendar: 24x7",
                "  calendar.holidays: [2025-01-20]",
                "  horizons: [PT1M, PT30M]",
                "  benchmark:",
                "    nvda: QQQ",
                "routing:",
                "  entity:",
                "    DeepSeek: [NVDA, AVGO]",
                "kafka:",
                "  bootstrap.servers: broker:9092",
                "schema.registry.url: http://registry:8081",
                ""));
        AppSettings s = load(Optional.of(f), Map.of(), Map.of());
        assertThat(s.applicationId()).isEqualTo("yaml-app");
        assertThat(s.topics().partitions()).isEqualTo(5);
        assertThat(s.topics().autoCreate()).isFalse();
        assertThat(s.reaction().calendar().name()).isEqualTo("24x7");
        assertThat(((FakeCalendar) s.reaction().calendar()).holidays()).containsExactly(LocalDate.of(2025, 1, 20));
        assertThat(s.reaction().horizons()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(30));
        assertThat(s.routing().benchmarkOf("NVDA")).isEqualTo("QQQ");
        assertThat(s.routing().symbolsOf("deepseek")).containsExactly("AVGO", "NVDA");
        assertThat(s.kafka()).containsEntry("bootstrap.servers", "broker:9092");
        assertThat(s.registry()).containsEntry("schema.registry.url", "http://registry:8081");
    }

    @Test
    void shouldRejectUnknownKeysNamingTheKeyAndOrigin() throws IOException {
        Path f = file("bad.properties", "reaction.graze=PT1M\n");
        assertThatThrownBy(() -> load(Optional.of(f), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("reaction.graze").hasMessageContaining("bad.properties");
        assertThatThrownBy(() -> load(Optional.empty(), Map.of(), Map.of("http.prot", "1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'http.prot'");
        assertThatThrownBy(() -> load(Optional.empty(), Map.of("NEWS_REACTION_NOPE", "x"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("NEWS_REACTION_NOPE");
        assertThatThrownBy(() -> load(Optional.empty(), Map.of(), Map.of("kafka.", "x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'kafka.'");
    }

    @Test
    void shouldReportMissingConfigFile() {
        assertThatThrownBy(() -> load(Optional.of(dir.resolve("absent.properties")), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("config file not found");
    }

    @Test
    void shouldReportInvalidYamlWithoutRawJacksonException() throws IOException {
        Path f = file("bad.yml", "reaction: [unclosed\n");
        assertThatThrownBy(() -> load(Optional.of(f), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith(f + ": not valid YAML");
    }

    @Test
    void shouldRequireRetentionCoveringEstimationWindowAndLongestHorizon() {
        assertThatThrownBy(() -> load(Optional.empty(), Map.of(), Map.of("reaction.history-retention", "P7D")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("reaction.history-retention=P7D: must be at least PT288H1M");
        AppSettings s = load(Optional.empty(), Map.of(), Map.of(
                "reaction.calendar", "24x7", "reaction.history-retention", "P2D"));
        assertThat(s.reaction().historyRetention()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void shouldComputeRequiredRetention() {
        assertThat(ReactionBinder.requiredRetention("XNYS", Duration.ofHours(39), Duration.ofMinutes(1)))
                .isEqualTo(Duration.ofDays(12).plusMinutes(1));
        assertThat(ReactionBinder.requiredRetention("XNYS", Duration.ofMinutes(390), Duration.ZERO))
                .isEqualTo(Duration.ofDays(5));
        assertThat(ReactionBinder.requiredRetention("24x7", Duration.ofHours(39), Duration.ofMinutes(1)))
                .isEqualTo(Duration.ofHours(39).plusMinutes(1));
    }

    @Test
    void shouldAcceptOnlyAddressesThatResolveToLoopbackWithoutAToken() throws IOException {
        for (String bind : List.of("127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost")) {
            String resolved = load(Optional.empty(), Map.of(), Map.of("http.bind", bind)).http().bind();
            assertThat(InetAddress.getByName(resolved).isLoopbackAddress()).as(bind + " -> " + resolved).isTrue();
            assertThat(resolved).as("the address checked is the address bound").matches("[0-9a-f.:]+");
        }
        for (String bind : List.of("0.0.0.0", "::", "10.1.2.3")) {
            assertThatThrownBy(() -> load(Optional.empty(), Map.of(), Map.of("http.bind", bind)))
                    .isInstanceOf(ConfigException.class).hasMessageStartingWith("http.bind=" + bind + ": not a loopback address");
        }
    }

    @Test
    void shouldNotTakeANameStartingWith127ForLoopback() {
        assertThatThrownBy(() -> load(Optional.empty(), Map.of(), Map.of("http.bind", "127.evil.example.com")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("http.bind=127.evil.example.com: ");
        assertThatThrownBy(() -> load(Optional.empty(), Map.of(), Map.of("http.bind", "127.0.0.1.invalid",
                "http.token", "t0k")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("http.bind=127.0.0.1.invalid: does not resolve to an address");
        assertThat(load(Optional.empty(), Map.of(), Map.of("http.bind", "127.0.0.1.invalid", "http.port", "0"))
                .http().enabled()).isFalse();
    }

    @Test
    void shouldRequireTokenWhenHttpIsBoundBeyondLoopback() {
        assertThatThrownBy(() -> load(Optional.empty(), Map.of(), Map.of("http.bind", "0.0.0.0")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("http.bind=0.0.0.0: not a loopback address");
        assertThat(load(Optional.empty(), Map.of(), Map.of("http.bind", "0.0.0.0", "http.port", "0")).http().enabled())
                .isFalse();
        assertThat(load(Optional.empty(), Map.of(), Map.of("http.bind", "0.0.0.0", "http.token", "t0k")).http().hasToken())
                .isTrue();
    }

    @Test
    void shouldStripKafkaPrefixAndRejectKeysThatHaveTheirOwnSetting() {
        AppSettings s = load(Optional.empty(), Map.of("NEWS_REACTION_KAFKA_SASL_JAAS_CONFIG", "jaas"),
                Map.of("kafka.bootstrap.servers", "b:9092", "kafka.security.protocol", "SASL_SSL"));
        assertThat(s.kafka()).containsOnly(Map.entry("bootstrap.servers", "b:9092"),
                Map.entry("security.protocol", "SASL_SSL"), Map.entry("sasl.jaas.config", "jaas"));
        assertThatThrownBy(() -> load(Optional.empty(), Map.of(), Map.of("kafka.application.id", "x")))
                .isInstanceOf(ConfigException.class).hasMessage("kafka.application.id: set application.id instead");
    }

    @Test
    void shouldExposeRegistryKeysInFullAndConfluentShortForm() {
        AppSettings s = load(Optional.empty(), Map.of("NEWS_REACTION_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", "u:p"),
                Map.of("schema.registry.url", "https://r1:8081,https://r2:8081", "auto.register.schemas", "false"));
        assertThat(s.registry()).containsOnly(
                Map.entry("schema.registry.url", "https://r1:8081,https://r2:8081"),
                Map.entry("schema.registry.basic.auth.user.info", "u:p"),
                Map.entry("basic.auth.user.info", "u:p"),
                Map.entry("schema.registry.basic.auth.credentials.source", "USER_INFO"),
                Map.entry("basic.auth.credentials.source", "USER_INFO"),
                Map.entry("schema.registry.auto.register.schemas", "false"),
                Map.entry("auto.register.schemas", "false"));
    }

    @Test
    void shouldRejectConflictingRegistryKeyForms() {
        assertThatThrownBy(() -> load(Optional.empty(), Map.of(), Map.of(
                "use.latest.version", "true", "schema.registry.use.latest.version", "false")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("conflicts with schema.registry.use.latest.version");
    }

    @Test
    void shouldRejectTheSameTopicForTwoRoles() {
        assertThatThrownBy(() -> load(Optional.empty(), Map.of(), Map.of("topics.dlq", "market.ticks")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("topics.dlq=market.ticks:");
    }

    @Test
    void shouldDumpEveryEffectiveKey() {
        String dump = load(Optional.empty(), Map.of(), Map.of("kafka.bootstrap.servers", "b:9092")).dump();
        List<String> lines = dump.lines().toList();
        assertThat(lines).contains("application.id=news-reaction", "reaction.horizons=PT1M,PT5M,PT15M,PT30M,PT1H,PT2H,PT6H30M",
                "kafka.bootstrap.servers=b:9092", "http.token=",
                "# reaction.calendar.holidays: not set, the calendar's built-in list");
        assertThat(lines.stream().filter(l -> !l.startsWith("#")).count())
                .isEqualTo(ConfigKeys.defaultValues().size() + 1);
    }
}
