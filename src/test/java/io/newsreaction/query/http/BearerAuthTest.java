package io.newsreaction.query.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerAuthTest {

    @Test
    void shouldLetEverythingThroughWithoutAToken() {
        assertThat(new BearerAuth(null).accepts(null)).isTrue();
        assertThat(new BearerAuth("").accepts("Bearer anything")).isTrue();
        assertThat(new BearerAuth("").required()).isFalse();
    }

    @Test
    void shouldAcceptOnlyTheExactToken() {
        BearerAuth auth = new BearerAuth("t0ken");

        assertThat(auth.required()).isTrue();
        assertThat(auth.accepts("Bearer t0ken")).isTrue();
        assertThat(auth.accepts("BEARER t0ken")).isTrue();
        assertThat(auth.accepts("Bearer t0ke")).isFalse();
        assertThat(auth.accepts("Bearer t0ken2")).isFalse();
        assertThat(auth.accepts("Bearer T0KEN")).isFalse();
        assertThat(auth.accepts("t0ken")).isFalse();
        assertThat(auth.accepts("Bearer ")).isFalse();
        assertThat(auth.accepts(null)).isFalse();
    }
}
