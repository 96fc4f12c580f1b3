package jp.mgp.io.json;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.mgp.io.json.Dtos.ProjectionJson;
import jp.mgp.io.json.Dtos.SegmentJson;
import jp.mgp.io.json.Dtos.SeriesJson;
import jp.mgp.io.json.Dtos.TextJson;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ModelText;

/**
 * Names the place of a JSON path in words, from what the file itself says there: {@code $.series[1].segments[0]}
 * becomes the series' name and the segment's years, as the model's rules name the places they find.
 */
final class FilePlaces {

    private static final Pattern SERIES = Pattern.compile("^\\$\\.series\\[(\\d+)](?:\\.(segments|anchors)\\[(\\d+)])?");
    private static final Pattern OTHER = Pattern.compile("^\\$\\.(scenarios|charts|referenceLines)\\[(\\d+)]");

    private FilePlaces() {
    }

    /** The place of {@code path} in words; the file as a whole where the path names nothing more particular. */
    static LocalizedText words(String path, ProjectionJson file) {
        if (file != null) {
            Matcher m = SERIES.matcher(path);
            if (m.find()) {
                SeriesJson s = get(file.series(), Integer.parseInt(m.group(1)));
                if (s != null) {
                    return series(s, m.group(2), m.group(3) == null ? -1 : Integer.parseInt(m.group(3)));
                }
            }
            m = OTHER.matcher(path);
            if (m.find()) {
                int i = Integer.parseInt(m.group(2));
                LocalizedText named = switch (m.group(1)) {
                    case "scenarios" -> named("place.scenario", get(file.scenarios(), i) == null ? null
                            : get(file.scenarios(), i).name(), get(file.scenarios(), i) == null ? null
                            : get(file.scenarios(), i).id());
                    case "charts" -> get(file.charts(), i) == null ? null : ModelText.both("place.chart",
                            text(get(file.charts(), i).title(), get(file.charts(), i).id()));
                    default -> named("place.line", get(file.referenceLines(), i) == null ? null
                            : get(file.referenceLines(), i).label(), get(file.referenceLines(), i) == null ? null
                            : get(file.referenceLines(), i).id());
                };
                if (named != null) {
                    return named;
                }
            }
        }
        if (path.startsWith("$.horizon")) {
            return FileText.both("place.horizon");
        }
        if (path.startsWith("$.simulation")) {
            return ModelText.both("place.simulation");
        }
        if (path.startsWith("$.title")) {
            return FileText.both("place.title");
        }
        return ModelText.both("place.file");
    }

    private static LocalizedText series(SeriesJson s, String list, int index) {
        LocalizedText name = text(s.name(), s.id());
        if ("segments".equals(list)) {
            SegmentJson g = get(s.segments(), index);
            if (g != null && g.from() != null && g.to() != null) {
                return ModelText.both("place.segment", name, Integer.toString(g.from()), Integer.toString(g.to()));
            }
        } else if ("anchors".equals(list)) {
            Dtos.AnchorJson a = get(s.anchors(), index);
            if (a != null && a.year() != null) {
                return ModelText.both("place.anchor", name, Integer.toString(a.year()));
            }
        }
        return ModelText.both("place.series", name);
    }

    private static LocalizedText named(String key, TextJson name, String id) {
        return name == null && id == null ? null : FileText.both(key, text(name, id));
    }

    /** The file's text in both languages, or the id where it gives none. */
    private static LocalizedText text(TextJson t, String id) {
        String fallback = id == null ? "" : id;
        if (t == null) {
            return LocalizedText.of(fallback);
        }
        // A name is cut like any echoed value, so a 200-character name leaves the message one readable line.
        LocalizedText text = new LocalizedText(t.ja() == null ? null : Problem.shorten(t.ja()),
                t.en() == null ? null : Problem.shorten(t.en()));
        return text.isEmpty() ? LocalizedText.of(fallback) : text;
    }

    private static <T> T get(List<T> list, int i) {
        return list == null || i < 0 || i >= list.size() ? null : list.get(i);
    }
}
