package dev.roster.adapters.spreadsheet;

import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRejectedException.Reason;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX readers for a workbook's parts that never read a DTD nor resolve an entity (the zip was scanned for both already). */
final class Xml {
    private static final XMLInputFactory FACTORY = hardened();

    private Xml() {
    }

    private static XMLInputFactory hardened() {
        // Aalto, named rather than looked up, so no other StAX implementation on the host's class path is picked up by chance.
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return factory;
    }

    static XMLStreamReader read(InputStream in, String part) {
        try {
            return FACTORY.createXMLStreamReader(in, "UTF-8");
        } catch (XMLStreamException e) {
            throw damaged(part, e);
        }
    }

    static boolean hasNext(XMLStreamReader reader, String part) {
        try {
            return reader.hasNext();
        } catch (XMLStreamException | RuntimeException e) {
            throw damaged(part, e);
        }
    }

    /** The next event, refusing a DTD should one get this far. */
    static int next(XMLStreamReader reader, String part) {
        try {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new SheetRejectedException(Reason.DOCTYPE, "the part " + part + " declares a document type or entities");
            }
            return event;
        } catch (XMLStreamException e) {
            throw damaged(part, e);
        } catch (SheetRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged(part, e);
        }
    }

    /** The text of the current element up to its end, nested elements' text included. */
    static String text(XMLStreamReader reader, String part) {
        return text(reader, part, null);
    }

    /**
     * The text of the current element up to its end, nested elements' text included except inside
     * elements named {@code skipped} (a rich text string's phonetic guide, {@code rPh}, is a reading
     * aid, not part of the value).
     */
    static String text(XMLStreamReader reader, String part, String skipped) {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int skippedAt = 0; // the depth of the skipped element we are in, or 0
        while (depth > 0) {
            int event = next(reader, part);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (skippedAt == 0 && reader.getLocalName().equals(skipped)) {
                    skippedAt = depth;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == skippedAt) {
                    skippedAt = 0;
                }
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                appendText(reader, part, text); // read even when skipped: the parser checks characters only when they are read
                if (skippedAt != 0) {
                    text.setLength(text.length() - reader.getTextLength());
                }
            }
        }
        return text.toString();
    }

    /** Aalto checks a text's characters (and inflates the bytes behind them) only when asked for them: its failures are typed here. */
    private static void appendText(XMLStreamReader reader, String part, StringBuilder text) {
        try {
            text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
        } catch (RuntimeException e) {
            throw damaged(part, e);
        }
    }

    static void close(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing left to read from it
        }
    }

    static SheetRejectedException damaged(String part, Exception cause) {
        if (causedByPoisBombCheck(cause)) {
            // POI's own JVM-wide ratio check (ZipSecureFile, the host's setting) stopped the stream
            return new SheetRejectedException(Reason.SUSPICIOUS_COMPRESSION, "the part " + part + " inflates more than POI's "
                    + "ZipSecureFile setting allows", cause);
        }
        return new SheetRejectedException(Reason.DAMAGED, "the part " + part + " is not well-formed XML: " + cause.getMessage(), cause);
    }

    private static boolean causedByPoisBombCheck(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }
}
