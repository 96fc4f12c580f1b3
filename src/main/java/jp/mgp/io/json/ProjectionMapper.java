package jp.mgp.io.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mgp.io.json.Dtos.AnchorJson;
import jp.mgp.io.json.Dtos.AnchorOverrideJson;
import jp.mgp.io.json.Dtos.ChartJson;
import jp.mgp.io.json.Dtos.CorrelationJson;
import jp.mgp.io.json.Dtos.RateRangeJson;
import jp.mgp.io.json.Dtos.ShockJson;
import jp.mgp.io.json.Dtos.SimulationJson;
import jp.mgp.io.json.Dtos.DeriveJson;
import jp.mgp.io.json.Dtos.HorizonJson;
import jp.mgp.io.json.Dtos.OverrideJson;
import jp.mgp.io.json.Dtos.ProjectionJson;
import jp.mgp.io.json.Dtos.ReferenceLineJson;
import jp.mgp.io.json.Dtos.ScenarioJson;
import jp.mgp.io.json.Dtos.SegmentJson;
import jp.mgp.io.json.Dtos.SeriesJson;
import jp.mgp.io.json.Dtos.SourceJson;
import jp.mgp.io.json.Dtos.TextJson;
import jp.mgp.io.json.Dtos.OwnUnitJson;
import jp.mgp.io.json.Dtos.UnitJson;
import jp.mgp.model.Anchor;
import jp.mgp.model.AnchorOverride;
import jp.mgp.model.Basis;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Correlation;
import jp.mgp.model.RateRange;
import jp.mgp.model.Shock;
import jp.mgp.model.SimulationSetup;
import jp.mgp.model.Uncertainty;
import jp.mgp.model.Derivation;
import jp.mgp.model.GrowthModel;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ParameterOverride;
import jp.mgp.model.Projection;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.Scenario;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

/** Maps validated file records to the model and back; the two directions are inverse for every valid file. */
final class ProjectionMapper {

    private ProjectionMapper() {
    }

    static Projection toModel(ProjectionJson p) {
        return new Projection(text(p.title()), text(p.description()), p.horizon().from(), p.horizon().to(),
                p.series().stream().map(ProjectionMapper::series).toList(),
                list(p.scenarios()).stream().map(ProjectionMapper::scenario).toList(),
                list(p.referenceLines()).stream().map(ProjectionMapper::referenceLine).toList(),
                list(p.charts()).stream().map(ProjectionMapper::chart).toList(),
                p.metadata() == null ? Map.of() : p.metadata(), uncertainty(p));
    }

    static ProjectionJson toJson(Projection p) {
        return new ProjectionJson(ProjectionValidator.CURRENT_SCHEMA, json(p.title()), jsonOrNull(p.description()),
                new HorizonJson(p.firstYear(), p.lastYear()),
                p.metadata().isEmpty() ? null : new LinkedHashMap<>(p.metadata()),
                p.series().stream().map(s -> json(s, p.uncertainty())).toList(),
                p.scenarios().stream().map(ProjectionMapper::json).toList(),
                p.referenceLines().stream().map(ProjectionMapper::json).toList(),
                p.charts().stream().map(ProjectionMapper::json).toList(), simulation(p.uncertainty()));
    }

    /**
     * The file keeps each part of the uncertainty where it reads best (a series' shock in the series, a range in
     * its segment, the seed, paths and correlations in {@code simulation}); the model keeps them together.
     */
    private static Uncertainty uncertainty(ProjectionJson p) {
        Map<String, Shock> shocks = new LinkedHashMap<>();
        List<RateRange> ranges = new java.util.ArrayList<>();
        for (SeriesJson s : p.series()) {
            if (s.uncertainty() != null) {
                shocks.put(s.id(), new Shock(s.uncertainty().shock(), text(s.uncertainty().rationale())));
            }
            List<SegmentJson> segments = list(s.segments());
            for (int j = 0; j < segments.size(); j++) {
                RateRangeJson r = segments.get(j).rateRange();
                if (r != null) {
                    ranges.add(new RateRange(s.id(), j, r.low(), r.high(),
                            RateRange.Distribution.byId(r.distribution()).orElseThrow(), text(r.rationale())));
                }
            }
        }
        SimulationJson sim = p.simulation();
        Correlation correlation = Correlation.NONE;
        if (sim != null && sim.correlation() != null) {
            double[][] matrix = sim.correlation().matrix().stream()
                    .map(row -> row.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new);
            correlation = new Correlation(sim.correlation().series(), matrix, text(sim.correlation().rationale()));
        }
        return new Uncertainty(shocks, ranges, correlation,
                sim == null ? null : new SimulationSetup(sim.seed(), sim.paths()));
    }

    private static SimulationJson simulation(Uncertainty u) {
        if (u.setup() == null && u.correlation().isEmpty()) {
            return null;
        }
        SimulationSetup setup = u.setupOrDefault();
        Correlation c = u.correlation();
        CorrelationJson correlation = c.isEmpty() ? null : new CorrelationJson(c.series(),
                java.util.Arrays.stream(c.matrix()).map(row -> java.util.Arrays.stream(row).boxed().toList())
                        .toList(), jsonOrNull(c.rationale()));
        return new SimulationJson(setup.seed(), setup.paths(), correlation);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static LocalizedText text(TextJson t) {
        return t == null ? LocalizedText.EMPTY : new LocalizedText(t.ja(), t.en());
    }

    private static TextJson json(LocalizedText t) {
        return new TextJson(t.ja(), t.en());
    }

    private static TextJson jsonOrNull(LocalizedText t) {
        return t.isEmpty() ? null : json(t);
    }

    private static SourceRef source(SourceJson s) {
        return s == null ? null : new SourceRef(s.publisher(), s.document(), s.via(), s.seed(),
                s.line() == null ? 0 : s.line(), s.quote(), s.date(), s.page(), s.url(), s.publisherEn(),
                s.documentEn(), s.viaEn());
    }

    private static SourceJson json(SourceRef s) {
        return s == null ? null : new SourceJson(blankToNull(s.publisher()), blankToNull(s.document()),
                blankToNull(s.date()), blankToNull(s.page()), blankToNull(s.url()), blankToNull(s.via()),
                blankToNull(s.seed()), s.line() == 0 ? null : s.line(), blankToNull(s.quote()),
                blankToNull(s.publisherEn()), blankToNull(s.documentEn()), blankToNull(s.viaEn()));
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** One series of a file whose shape is valid, for the model's rules to check by itself. */
    static Series series(SeriesJson s) {
        Derivation derivation = s.derive() == null ? null : new Derivation(
                Derivation.Op.valueOf(s.derive().op().toUpperCase(java.util.Locale.ROOT)), s.derive().inputs(),
                s.derive().factor() == null ? 1.0 : s.derive().factor());
        return new Series(s.id(), text(s.name()), unit(s.unit()), s.color(),
                list(s.anchors()).stream().map(ProjectionMapper::anchor).toList(),
                list(s.segments()).stream().map(ProjectionMapper::segment).toList(), derivation, text(s.note()));
    }

    private static SeriesJson json(Series s, Uncertainty u) {
        Derivation d = s.derivation();
        DeriveJson derive = d == null ? null : new DeriveJson(d.op().id(), d.inputs(),
                d.op() == Derivation.Op.SCALE || ((d.op() == Derivation.Op.RATIO || d.op() == Derivation.Op.PRODUCT)
                        && d.factor() != 1.0) ? d.factor() : null);
        return new SeriesJson(s.id(), json(s.name()), json(s.unit()), s.color().isEmpty() ? null : s.color(),
                jsonOrNull(s.note()),
                d == null ? s.anchors().stream().map(ProjectionMapper::json).toList() : null,
                d == null ? java.util.stream.IntStream.range(0, s.segments().size()).mapToObj(j -> json(
                        s.segments().get(j), u.rateRange(s.id(), j).orElse(null))).toList() : null, derive,
                u.shock(s.id()).map(x -> new ShockJson(x.sigma(), jsonOrNull(x.rationale()))).orElse(null));
    }

    private static Anchor anchor(AnchorJson a) {
        return new Anchor(a.year(), a.value(), Kind.fromId(a.kind()), !Boolean.FALSE.equals(a.pinned()),
                source(a.source()), text(a.note()));
    }

    private static AnchorJson json(Anchor a) {
        return new AnchorJson(a.year(), a.value(), a.kind().id(), a.pinned() ? null : Boolean.FALSE, json(a.source()),
                jsonOrNull(a.note()));
    }

    private static Segment segment(SegmentJson g) {
        Basis basis = new Basis(Kind.fromId(g.basis()), text(g.rationale()), source(g.source()));
        return GrowthModel.byId(g.type()).orElseThrow(() -> new IllegalArgumentException("unknown segment type "
                + g.type())).create(g.from(), g.to(), SegmentParameters.of(g), basis);
    }

    private static SegmentJson json(Segment g, RateRange r) {
        Basis b = g.basis();
        return new SegmentJson(g.type(), g.from(), g.to(), SegmentParameters.of(g, "rate"),
                SegmentParameters.of(g, "increment"), SegmentParameters.of(g, "capacity"),
                SegmentParameters.of(g, "steepness"), SegmentParameters.of(g, "midpoint"),
                SegmentParameters.of(g, "value"), b.kind().id(), jsonOrNull(b.rationale()), json(b.source()),
                r == null ? null : new RateRangeJson(r.low(), r.high(), r.distribution().id(),
                        jsonOrNull(r.rationale())));
    }

    private static Scenario scenario(ScenarioJson s) {
        return new Scenario(s.id(), text(s.name()), text(s.description()),
                list(s.overrides()).stream().map(ProjectionMapper::override).toList(),
                list(s.anchors()).stream().map(a -> new AnchorOverride(a.series(), a.year(), a.value(),
                        text(a.note()))).toList());
    }

    private static ScenarioJson json(Scenario s) {
        return new ScenarioJson(s.id(), json(s.name()), jsonOrNull(s.description()),
                s.overrides().stream().map(ProjectionMapper::json).toList(),
                s.anchors().isEmpty() ? null : s.anchors().stream().map(a -> new AnchorOverrideJson(a.series(),
                        a.year(), a.value(), jsonOrNull(a.note()))).toList());
    }

    /** The field an override's number stands in says how it relates to the base: value, points or factor. */
    private static ParameterOverride override(OverrideJson o) {
        ParameterOverride.Change change = o.points() != null ? ParameterOverride.Change.POINTS
                : o.factor() != null ? ParameterOverride.Change.FACTOR : ParameterOverride.Change.ABSOLUTE;
        double amount = o.points() != null ? o.points() : o.factor() != null ? o.factor() : o.value();
        return new ParameterOverride(o.series(), o.segment(), o.parameter(), change, amount, text(o.note()));
    }

    private static OverrideJson json(ParameterOverride o) {
        Double amount = o.amount();
        return new OverrideJson(o.series(), o.segment(), o.parameter(),
                o.change() == ParameterOverride.Change.ABSOLUTE ? amount : null,
                o.change() == ParameterOverride.Change.POINTS ? amount : null,
                o.change() == ParameterOverride.Change.FACTOR ? amount : null, jsonOrNull(o.note()));
    }

    private static ReferenceLine referenceLine(ReferenceLineJson r) {
        return new ReferenceLine(r.id(), text(r.label()), r.value(), unit(r.unit()), Kind.fromId(r.kind()),
                source(r.source()), r.year() == null ? 0 : r.year(), text(r.note()));
    }

    private static ReferenceLineJson json(ReferenceLine r) {
        return new ReferenceLineJson(r.id(), json(r.label()), r.value(), json(r.unit()), r.kind().id(),
                json(r.source()), r.year() == 0 ? null : r.year(), jsonOrNull(r.note()));
    }

    private static ChartSpec chart(ChartJson c) {
        return new ChartSpec(c.id(), text(c.title()), c.series(), list(c.referenceLines()), unit(c.unit()),
                Boolean.TRUE.equals(c.logScale()), Boolean.TRUE.equals(c.stacked()));
    }

    private static ChartJson json(ChartSpec c) {
        return new ChartJson(c.id(), json(c.title()), json(c.unit()), c.logScale() ? Boolean.TRUE : null,
                c.stacked() ? Boolean.TRUE : null, c.series(), c.referenceLines().isEmpty() ? null : c.referenceLines());
    }

    /** A built-in unit by its code, or a unit of the user's own from its object (the model's rules judge it). */
    private static Unit unit(UnitJson u) {
        if (u.own() == null) {
            return Unit.fromCode(u.code());
        }
        return Unit.own(text(u.own().counted()), u.own().scale(), u.own().decimals());
    }

    private static UnitJson json(Unit u) {
        return u.isOwn() ? new UnitJson(null, new OwnUnitJson(json(u.counted()), u.scale(), u.decimals()))
                : UnitJson.of(u.code());
    }
}
