package io.newsreaction.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.avro.MarketReaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

class AvroBinaryTest {
    private static final Schema OPTIONALS = new Schema.Parser().parse("""
            {"type":"record","name":"Optionals","fields":[
              {"name":"first","type":["null","double"]},
              {"name":"last","type":["string","null"]},
              {"name":"either","type":["null","string","long"]},
              {"name":"prices","type":{"type":"array","items":["null","double"]}}]}""");

    @Test
    void shouldPickTheBranchOfAnOptionalValueAndLeaveOtherUnionsToAvro() {
        Schema nullFirst = OPTIONALS.getField("first").schema();
        Schema nullLast = OPTIONALS.getField("last").schema();

        assertThat(AvroBinary.optionalBranch(nullFirst, null)).isZero();
        assertThat(AvroBinary.optionalBranch(nullFirst, 1.5)).isEqualTo(1);
        assertThat(AvroBinary.optionalBranch(nullLast, null)).isEqualTo(1);
        assertThat(AvroBinary.optionalBranch(nullLast, "x")).isZero();
        assertThat(AvroBinary.optionalBranch(OPTIONALS.getField("either").schema(), 3L)).isEqualTo(-1);
        assertThat(AvroBinary.optionalBranch(Schema.createUnion(Schema.create(Schema.Type.STRING), Schema.create(Schema.Type.LONG)), 3L))
                .isEqualTo(-1);
    }

    @Test
    void shouldWriteSpecificRecordsByteForByteAsAvroDoes() throws IOException {
        MarketReaction reaction = SampleRecords.marketReaction();

        byte[] ours = encode(AvroBinary.specificWriter(reaction.getSchema(), SpecificData.get()), reaction);

        assertThat(ours).containsExactly(avro(new SpecificDatumWriter<>(reaction.getSchema()), reaction));
    }

    @Test
    void shouldWriteGenericRecordsWithNullsAndMixedUnionsByteForByteAsAvroDoes() throws IOException {
        for (Object either : Arrays.asList(null, "text", 7L)) {
            GenericRecord record = new GenericData.Record(OPTIONALS);
            record.put("first", null);
            record.put("last", "here");
            record.put("either", either);
            List<Double> prices = new ArrayList<>(Arrays.asList(1.0, null, 3.5));
            record.put("prices", prices);

            byte[] ours = encode(AvroBinary.genericWriter(OPTIONALS), record);

            assertThat(ours).containsExactly(avro(new GenericDatumWriter<>(OPTIONALS), record));
        }
    }

    @Test
    void shouldFailOnAValueOfTheWrongTypeInAnOptionalField() {
        GenericRecord record = new GenericData.Record(OPTIONALS);
        record.put("first", "not a double");
        record.put("last", null);
        record.put("either", null);
        record.put("prices", List.of());

        assertThatThrownBy(() -> encode(AvroBinary.genericWriter(OPTIONALS), record)).isInstanceOf(ClassCastException.class);
    }

    private static <T> byte[] encode(DatumWriter<T> writer, T datum) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AvroBinary.encode(writer, datum, out);
        return out.toByteArray();
    }

    private static <T> byte[] avro(DatumWriter<T> writer, T datum) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        writer.write(datum, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
