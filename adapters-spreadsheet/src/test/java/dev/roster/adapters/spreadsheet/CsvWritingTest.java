package dev.roster.adapters.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The hand-written CSV writer against a strict RFC 4180 reader: whatever text goes in comes back, cell for cell. */
class CsvWritingTest {

    @Property(tries = 500)
    void anyRowsParseBackAsWrittenWithFormulaPrefixesNeutralised(@ForAll("rows") List<List<String>> rows) throws IOException {
        StringWriter out = new StringWriter();
        CsvSheetSink sink = new CsvSheetSink(out);
        rows.forEach(sink::row);
        sink.finish();

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(out.toString()))
                .getRecords();

        assertThat(records).hasSize(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> expected = new ArrayList<>();
            for (String value : rows.get(r)) {
                // A missing value and an empty one both read back as empty text.
                expected.add(value == null ? "" : CellText.neutralized(value));
            }
            assertThat(records.get(r).toList()).as("row %d of %s", r, out).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> hostile = Arbitraries.strings().withChars(",\"\r\n =+-@\t'ab\u00e9\u2028").ofMaxLength(12);
        Arbitrary<String> cell = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, hostile), net.jqwik.api.Tuple.of(3, Arbitraries.strings().ofMaxLength(8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        return cell.list().ofMinSize(1).ofMaxSize(6).list().ofMaxSize(5);
    }
}
