package dev.roster.adapters.spreadsheet;

import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRejectedException.Reason;
import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;

/** What a sheet's cells refer to, read once with StAX: the shared strings, and which cell styles are dates. */
final class WorkbookParts {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private WorkbookParts() {
    }

    /** The relationship id of the first sheet that is not hidden. */
    static String firstVisibleSheet(InputStream workbook) {
        XMLStreamReader xml = Xml.read(workbook, "workbook.xml");
        try {
            while (Xml.hasNext(xml, "workbook.xml")) {
                if (Xml.next(xml, "workbook.xml") == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                    String state = xml.getAttributeValue(null, "state");
                    if (state == null || "visible".equals(state)) {
                        String id = xml.getAttributeValue(RELATIONSHIPS, "id");
                        if (id != null) {
                            return id;
                        }
                    }
                }
            }
        } finally {
            Xml.close(xml);
        }
        throw new SheetRejectedException(Reason.NOT_A_SPREADSHEET, "the workbook has no visible sheet");
    }

    /** The cell style indexes whose number format shows a date. */
    static BitSet dateStyles(InputStream part) {
        BitSet dates = new BitSet();
        if (part == null) {
            return dates;
        }
        Map<Integer, String> formats = new HashMap<>();
        XMLStreamReader xml = Xml.read(part, "styles.xml");
        try {
            boolean inCellXfs = false;
            int style = 0;
            while (Xml.hasNext(xml, "styles.xml")) {
                int event = Xml.next(xml, "styles.xml");
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("numFmt".equals(name)) {
                        formats.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")), xml.getAttributeValue(null, "formatCode"));
                    } else if ("cellXfs".equals(name)) {
                        inCellXfs = true;
                    } else if ("xf".equals(name) && inCellXfs) {
                        String id = xml.getAttributeValue(null, "numFmtId");
                        int format = id == null ? 0 : Integer.parseInt(id);
                        if (DateUtil.isADateFormat(format, formats.get(format))) {
                            dates.set(style);
                        }
                        style++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                    inCellXfs = false;
                }
            }
        } catch (NumberFormatException e) {
            throw Xml.damaged("styles.xml", e);
        } finally {
            Xml.close(xml);
        }
        return dates;
    }
}
