package io.newsreaction.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

class TransactionFailureTest {

    @Test
    void shouldFindAnAbortedOrFencedTransactionBehindTheStreamsException() {
        InvalidTxnStateException aborted =
                new InvalidTxnStateException("The producer attempted a transactional operation in an invalid state.");
        StreamsException commit = new StreamsException("Error encountered trying to commit a transaction", aborted);

        assertThat(TransactionFailure.find(commit)).isSameAs(aborted);
        assertThat(TransactionFailure.find(new StreamsException(new ProducerFencedException("fenced")))).isNotNull();
        assertThat(TransactionFailure.find(new StreamsException(new InvalidProducerEpochException("epoch")))).isNotNull();
    }

    @Test
    void shouldLeaveEveryOtherFailureToStopTheClient() {
        assertThat(TransactionFailure.find(new StreamsException(new SerializationException("bad bytes")))).isNull();
        assertThat(TransactionFailure.find(new IllegalStateException("bug"))).isNull();
    }
}
