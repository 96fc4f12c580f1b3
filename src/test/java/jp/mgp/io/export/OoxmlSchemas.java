package jp.mgp.io.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The ECMA-376 transitional schemas (vendored under {@code src/test/resources/ooxml-schemas}, see its README) and a
 * check of every XML part of an Office file against them, embedded workbooks included. PowerPoint and Excel offer to
 * "repair" a file whose parts break these schemas, where LibreOffice shows it silently.
 */
final class OoxmlSchemas {

    private static final String FOLDER = "/ooxml-schemas/";
    private static final String[] ROOTS = {"pml.xsd", "sml.xsd", "dml-chart.xsd", "shared-documentPropertiesExtended.xsd",
            "opc-contentTypes.xsd", "opc-relationships.xsd", "opc-coreProperties.xsd"};
    private static final Schema SCHEMA = load();

    private OoxmlSchemas() {
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // The schemas' own maxOccurs (such as 16384 columns) pass the secure limit of 5,000; they are ours to trust.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, false);
            DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance()
                    .getDOMImplementation("LS");
            // Imports name files beside them or, for Dublin Core, a web address: both are read from the folder.
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                if (systemId == null) {
                    return null;
                }
                String name = systemId.substring(systemId.lastIndexOf('/') + 1);
                URL url = OoxmlSchemas.class.getResource(FOLDER + name);
                if (url == null) {
                    throw new IllegalStateException("no vendored schema " + name + " (imported as " + systemId + ")");
                }
                LSInput input = ls.createLSInput();
                input.setSystemId(url.toString());
                return input;
            });
            StreamSource[] sources = new StreamSource[ROOTS.length];
            for (int i = 0; i < ROOTS.length; i++) {
                sources[i] = new StreamSource(OoxmlSchemas.class.getResource(FOLDER + ROOTS[i]).toString());
            }
            return factory.newSchema(sources);
        } catch (SAXException | ReflectiveOperationException e) {
            throw new IllegalStateException("the vendored schemas do not load", e);
        }
    }

    /** Every schema error of every XML part of {@code file}, as "part line:column: message"; empty when valid. */
    static List<String> problems(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<String> problems = new ArrayList<>();
            check(in, file.getFileName().toString(), problems);
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XML parts checked in {@code file}, to prove the check saw them. */
    static List<String> xmlParts(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<String> parts = new ArrayList<>();
            names(in, file.getFileName().toString(), parts);
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void names(InputStream in, String prefix, List<String> parts) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().endsWith(".xlsx")) {
                names(new ByteArrayInputStream(zip.readAllBytes()), prefix + "!" + e.getName(), parts);
            } else if (isXml(e.getName())) {
                parts.add(prefix + "!" + e.getName());
            }
        }
    }

    private static boolean isXml(String name) {
        return name.endsWith(".xml") || name.endsWith(".rels");
    }

    private static void check(InputStream in, String prefix, List<String> problems) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String part = prefix + "!" + e.getName();
            byte[] bytes = zip.readAllBytes();
            if (e.getName().endsWith(".xlsx")) {
                check(new ByteArrayInputStream(bytes), part, problems);
            } else if (isXml(e.getName())) {
                Validator validator = SCHEMA.newValidator();
                validator.setErrorHandler(new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException x) {
                    }

                    @Override
                    public void error(SAXParseException x) {
                        problems.add(part + " " + x.getLineNumber() + ":" + x.getColumnNumber() + ": " + x.getMessage());
                    }

                    @Override
                    public void fatalError(SAXParseException x) {
                        error(x);
                    }
                });
                try {
                    validator.validate(new StreamSource(new ByteArrayInputStream(bytes)));
                } catch (SAXException x) {
                    problems.add(part + ": " + x.getMessage());
                }
            }
        }
    }
}
