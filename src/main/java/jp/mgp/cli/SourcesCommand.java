package jp.mgp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.Projection;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists every sourced figure with its citation, and the stated rules derived values follow. */
@Command(name = "sources", mixinStandardHelpOptions = true)
final class SourcesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--lang", paramLabel = "ja|en", converter = MessageLanguage.Converter.class)
    Locale lang;

    @Override
    public Integer call() throws Exception {
        Projection p = MgpCli.load(file);
        Locale locale = MessageLanguage.content(lang);
        PrintWriter out = spec.commandLine().getOut();
        for (Series s : p.series()) {
            for (Anchor a : s.anchors()) {
                if (a.kind() == Kind.SOURCED) {
                    // Years go in as text: a number argument would print as "2,034".
                    out.println(CliText.get(a.pinned() ? "sources.figure" : "sources.figureReported", locale,
                            s.id(), Integer.toString(a.year()), s.unit().format(a.value(), locale)));
                    cite(out, a.source(), a.note().get(locale), locale);
                }
            }
            for (Segment g : s.segments()) {
                if (g.basis().kind() == Kind.DERIVED) {
                    out.println(CliText.get("sources.derived", locale, s.id(), Integer.toString(g.from()),
                            Integer.toString(g.to()), g.basis().rationale().get(locale)));
                    cite(out, g.basis().source(), "", locale);
                }
            }
        }
        for (ReferenceLine r : p.referenceLines()) {
            if (r.kind() == Kind.SOURCED) {
                out.println(CliText.get("sources.reference", locale, r.id(), r.label().get(locale)));
                cite(out, r.source(), "", locale);
            }
        }
        return 0;
    }

    private static void cite(PrintWriter out, SourceRef source, String note, Locale locale) {
        if (source != null) {
            out.println("    " + source.citation(locale));
            if (!source.quote().isEmpty()) {
                out.println("    «" + source.quote() + "»");
            }
        }
        if (!note.isEmpty()) {
            out.println("    " + CliText.get("sources.note", locale, note));
        }
    }
}
