package jp.mgp.io.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

import jp.mgp.model.LocalizedText;
import jp.mgp.model.RuleViolation;

/**
 * Opens the user's .pptx or .potx as the base of a deck: its slide master and layouts, without its slides or
 * anything only they used (charts, their workbooks, pictures), so that mgp's own decks work as templates. The
 * file is the user's and may be hostile: before the Office reader sees it, every part is read and counted (not
 * trusted from the zip's own sizes) and refused past {@link #MAX_PART_BYTES}, {@link #MAX_TOTAL_BYTES}, a zip-bomb
 * ratio, or with a document type declaration (the door to external entities). Every refusal is a
 * {@link RuleViolation} of one line in both languages naming the template.
 */
final class PptxTemplate {

    /** The largest part read, such as one picture: far above any real template's, far below the memory. */
    static final int MAX_PART_BYTES = 64 << 20;
    /** All parts together. */
    static final long MAX_TOTAL_BYTES = 256L << 20;
    /** A part expanding more than 100 times its packed size (past a first 100 kB) is taken for a zip bomb. */
    static final double MIN_PACKED_RATIO = 0.01;
    private static final long RATIO_GRACE_BYTES = 100 << 10;
    private static final int MAX_PARTS = 10_000;

    private static final String TEMPLATE_TYPE =
            "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml";
    private static final String PRESENTATION_TYPE =
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
    private static final byte[][] DOCTYPE = {
            "<!DOCTYPE".getBytes(StandardCharsets.UTF_8),
            "<!DOCTYPE".getBytes(StandardCharsets.UTF_16LE),
            "<!DOCTYPE".getBytes(StandardCharsets.UTF_16BE)};

    static {
        // The Office reader's own limits, set here rather than left to its defaults, which may change.
        ZipSecureFile.setMinInflateRatio(MIN_PACKED_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private PptxTemplate() {
    }

    /**
     * The template's slide show with no slides left.
     *
     * @throws IOException when the file cannot be opened at all (missing, permission)
     * @throws RuleViolation when it is no presentation, or one mgp refuses to read
     */
    static XMLSlideShow open(Path template) throws IOException {
        // A pipe would be read until its writer stops, a device for ever: only an ordinary file is opened.
        if (!Files.readAttributes(template, BasicFileAttributes.class).isRegularFile()) {
            throw refused("template.notFile", template);
        }
        check(template);
        try (InputStream in = Files.newInputStream(template)) {
            OPCPackage pkg = OPCPackage.open(in);
            // A .potx differs from a .pptx only in its main part's content type.
            pkg.replaceContentType(TEMPLATE_TYPE, PRESENTATION_TYPE);
            XMLSlideShow ppt = new XMLSlideShow(pkg);
            while (!ppt.getSlides().isEmpty()) {
                ppt.removeSlide(0);
            }
            dropUnused(pkg);
            return ppt;
        } catch (RuleViolation e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw refused("template.notPowerPoint", template);
        }
    }

    /** Reads every part once, counting what it expands to and looking at XML parts for a DOCTYPE. */
    static void check(Path template) throws IOException {
        long total = 0;
        int parts = 0;
        InputStream file = Files.newInputStream(template);
        try (ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw refused("template.tooMuch", template, MAX_TOTAL_BYTES >> 20);
                }
                String name = e.getName();
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
                java.io.ByteArrayOutputStream content = xml ? new java.io.ByteArrayOutputStream() : null;
                byte[] buffer = new byte[64 << 10];
                long size = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > MAX_PART_BYTES) {
                        throw refused("template.tooLarge", template, MAX_PART_BYTES >> 20, name);
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw refused("template.tooMuch", template, MAX_TOTAL_BYTES >> 20);
                    }
                    if (xml) {
                        content.write(buffer, 0, n);
                    }
                }
                long packed = e.getCompressedSize();
                if (size > RATIO_GRACE_BYTES && packed >= 0 && packed < size * MIN_PACKED_RATIO) {
                    throw refused("template.bomb", template, name);
                }
                if (xml && holdsDoctype(content.toByteArray())) {
                    throw refused("template.doctype", template, name);
                }
            }
            if (parts == 0) {
                throw refused("template.notPowerPoint", template);
            }
        } catch (RuleViolation e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            // Not a zip, or a broken one: the system's words would only confuse.
            throw refused("template.notPowerPoint", template);
        }
    }

    private static boolean holdsDoctype(byte[] xml) {
        for (byte[] pattern : DOCTYPE) {
            outer:
            for (int i = 0; i + pattern.length <= xml.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (xml[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Removes the parts no relationship reaches any more: the removed slides' charts, embedded workbooks and
     * pictures. Left in, they keep their names, and the deck's new charts collide with them.
     */
    static void dropUnused(OPCPackage pkg) throws InvalidFormatException {
        Set<PackagePartName> reached = new HashSet<>();
        Deque<PackagePart> todo = new ArrayDeque<>();
        for (PackageRelationship r : pkg.getRelationships()) {
            follow(pkg, r, reached, todo);
        }
        while (!todo.isEmpty()) {
            for (PackageRelationship r : todo.pop().getRelationships()) {
                follow(pkg, r, reached, todo);
            }
        }
        for (PackagePart part : new ArrayList<>(pkg.getParts())) {
            if (!part.isRelationshipPart() && !reached.contains(part.getPartName())) {
                pkg.removePart(part);
            }
        }
    }

    private static void follow(OPCPackage pkg, PackageRelationship r, Set<PackagePartName> reached,
                               Deque<PackagePart> todo) {
        if (r.getTargetMode() == TargetMode.EXTERNAL) {
            return;
        }
        try {
            URI target = PackagingURIHelper.resolvePartUri(r.getSourceURI(), r.getTargetURI());
            PackagePartName name = PackagingURIHelper.createPartName(target);
            PackagePart part = pkg.getPart(name);
            if (part != null && reached.add(name)) {
                todo.push(part);
            }
        } catch (InvalidFormatException | IllegalArgumentException e) {
            // A relationship to no valid part name reaches nothing.
        }
    }

    private static RuleViolation refused(String key, Path template, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = template.toString();
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = String.valueOf(args[i]);
        }
        return new RuleViolation(new LocalizedText(new ProvenanceText(Locale.JAPANESE).format(key, all),
                new ProvenanceText(Locale.ENGLISH).format(key, all)));
    }
}
