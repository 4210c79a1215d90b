package dev.roster.adapters.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared strings, read only as far as the sheet has referred so far. Spreadsheet
 * programs write the table in the order its strings first appear in the sheet, so the two parts
 * are read side by side on the sheet's thread: the rows start coming at once instead of after the
 * whole table (half a second for a million rows), and a string is parsed once either way. Rich
 * text runs are joined, phonetic guides left out.
 */
final class SharedStringsPart {
    private static final String PART = "sharedStrings.xml";

    private final SharedStrings table = new SharedStrings();
    private final InputStream stream;
    private final XMLStreamReader xml;
    private boolean ended;

    /** @param stream the part, or null when the workbook has none */
    SharedStringsPart(InputStream stream) {
        this.stream = stream;
        this.xml = stream == null ? null : Xml.read(stream, PART);
        this.ended = stream == null;
    }

    /**
     * @throws IndexOutOfBoundsException when the workbook has no such string
     */
    String get(int index) {
        while (table.size() <= index && !ended) {
            readOne(true);
        }
        return table.get(index);
    }

    /**
     * Reads the rest of the part, keeping nothing, once the sheet has ended: a table damaged after
     * the last string the sheet uses is refused as it was when the whole table was read first.
     */
    void checkRest() {
        while (!ended) {
            readOne(false);
        }
    }

    /** Reads up to the end of the next string item, or to the end of the part. */
    private void readOne(boolean keep) {
        String first = null; // most items are one run of text: no builder for those
        StringBuilder joined = null;
        boolean inItem = false;
        while (Xml.hasNext(xml, PART)) {
            int event = Xml.next(xml, PART);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("si".equals(name)) {
                    inItem = true;
                } else if ("rPh".equals(name)) {
                    Xml.text(xml, PART); // a reading aid, not part of the value
                } else if ("t".equals(name) && inItem) {
                    String text = Xml.text(xml, PART);
                    if (first == null) {
                        first = text;
                    } else {
                        joined = joined == null ? new StringBuilder(first) : joined;
                        joined.append(text);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && inItem && "si".equals(xml.getLocalName())) {
                if (keep) {
                    table.add(joined != null ? joined.toString() : first != null ? first : "");
                }
                return;
            }
        }
        ended = true;
    }

    void close() {
        if (xml != null) {
            Xml.close(xml);
        }
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (IOException e) {
            // read-only: nothing is lost
        }
    }
}
