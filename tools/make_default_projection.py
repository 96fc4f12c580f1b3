"""Writes projections/japan-ai-2040.json from the seed figures (../shared/FIGURES.md).

Kept in the repository so that a reviewer can see where every number in the default file came from; mgp's own
writer then normalises the file (the round-trip test checks it is in canonical form).
"""
import json
import sys

V002 = "内閣府・経済産業省「第1回AI・半導体WG 事務局説明資料」(2026-02-12)"
V004 = "経済産業省「AI・半導体政策／AIロボティクス」資料 (2025)"
S002 = "002_3dadbe7a501d20c9.txt"
S004 = "004_70d1c788e3e3de2a.txt"


def src(publisher, document, via, seed, line, quote):
    return {"publisher": publisher, "document": document, "via": via, "seed": seed, "line": line, "quote": quote}


def t(ja, en):
    return {"ja": ja, "en": en}


GMI = lambda line, quote: src("Global Market Insights", "Vertical AI Market Global Forecast 2025-2034", V002, S002, line, quote)
ACU = lambda line, quote: src("Acumen Research and Consulting", "Physical AI Market Size, Share, Industry Report 2026-2035", V002, S002, line, quote)

series = [
    {
        "id": "vertical-ai", "name": t("バーティカルAI市場（世界）", "Vertical AI market (global)"), "unit": "jpy-tn", "color": "#1f5fa8",
        "anchors": [
            {"year": 2034, "value": 10.8, "kind": "sourced",
             "source": GMI(216, "バーティカルAIは年率21.6%で成長（2034年：約10.8兆円、2040年：約35.0兆円）")},
            {"year": 2040, "value": 35.0, "kind": "sourced", "pinned": False,
             "source": GMI(216, "バーティカルAIは年率21.6%で成長（2034年：約10.8兆円、2040年：約35.0兆円）"),
             "note": t("出所自身の外挿（21.6%継続）。同じ規則でmgpは34.9兆円と計算（丸めの差）。",
                       "The deck's own extrapolation (21.6 % continued); by the same rule mgp computes 34.9 (rounding).")},
        ],
        "segments": [
            {"type": "compound", "from": 2024, "to": 2034, "rate": 0.216, "basis": "derived",
             "rationale": t("GMIの2025～2034年の年平均成長率21.6%。2034年の値から逆算。",
                            "GMI's 2025-2034 CAGR of 21.6 %/yr, back-cast from the 2034 figure."),
             "source": GMI(216, "バーティカルAIは年率21.6%で成長")},
            {"type": "compound", "from": 2034, "to": 2040, "rate": 0.216, "basis": "derived",
             "rationale": t("2035年以降は2025～2034年の成長率（21.6%）が持続すると仮定し機械的に計算（出所の規則）。",
                            "From 2035 the 2025-2034 rate (21.6 %) is assumed to continue, computed mechanically, as the source states."),
             "source": GMI(228, "2035年以降は、2025年～2034年にかけての成長率（21.6%）が持続すると仮定し機械的に計算")},
        ],
    },
    {
        "id": "physical-ai", "name": t("フィジカルAI市場（世界、自動運転を除く）", "Physical AI market (global, excl. autonomous driving)"), "unit": "jpy-tn", "color": "#d9622b",
        "anchors": [
            {"year": 2035, "value": 12.5, "kind": "sourced",
             "source": ACU(217, "フィジカルAIは、年率34.4%で成長（2035年：約12.5兆円、2040年：約55.0兆円）")},
            {"year": 2040, "value": 55.0, "kind": "sourced", "pinned": False,
             "source": ACU(217, "フィジカルAIは、年率34.4%で成長（2035年：約12.5兆円、2040年：約55.0兆円）"),
             "note": t("出所自身の外挿（34.4%継続）。同じ規則でmgpは54.8兆円と計算（丸めの差）。",
                       "The deck's own extrapolation (34.4 % continued); by the same rule mgp computes 54.8 (rounding).")},
        ],
        "segments": [
            {"type": "compound", "from": 2024, "to": 2035, "rate": 0.344, "basis": "derived",
             "rationale": t("Acumenの2026～2035年の年平均成長率34.4%。2035年の値から逆算。",
                            "Acumen's 2026-2035 CAGR of 34.4 %/yr, back-cast from the 2035 figure."),
             "source": ACU(217, "フィジカルAIは、年率34.4%で成長")},
            {"type": "compound", "from": 2035, "to": 2040, "rate": 0.344, "basis": "derived",
             "rationale": t("2036年以降は2026～2035年の成長率（34.4%）が持続すると仮定し機械的に計算（出所の規則）。",
                            "From 2036 the 2026-2035 rate (34.4 %) is assumed to continue, computed mechanically, as the source states."),
             "source": ACU(226, "2036年以降は、2026年～2035年にかけての成長率（34.4%）が持続すると仮定し機械的に計算")},
        ],
    },
    {
        "id": "multipurpose-robots", "name": t("多用途ロボット市場（世界）", "Multipurpose robot market (global)"), "unit": "jpy-tn", "color": "#2e8b57",
        "anchors": [
            {"year": 2040, "value": 60.0, "kind": "sourced",
             "source": src("McKinsey & Company", "世界の多用途ロボット市場の推移（ヒューマノイド、4足歩行型、モバイルマニピュレーター）", V004, S004, 439,
                           "自律性を獲得した多用途ロボットの世界市場は、今後フィジカルAI開発の進展に伴い加速度的に成長し、2040年までに60兆円規模に到達する見込み。")},
        ],
        "segments": [
            {"type": "compound", "from": 2024, "to": 2040, "rate": 0.30, "basis": "assumption",
             "rationale": t("mgpの仮定：出所は2040年の到達点のみ。2040年から年30%で逆算（2024年に約0.9兆円）。フィジカルAI（34.4%）とバーティカルAI（21.6%）の間の率で、出所の「加速度的に成長」に沿う。",
                            "mgp assumption: the source gives only the 2040 end point. A constant 30 %/yr is back-cast from it (about 0.9 tn yen in 2024), between the physical-AI (34.4 %) and vertical-AI (21.6 %) rates, in line with the 'accelerating' growth the source describes.")},
        ],
    },
    {
        "id": "digital-deficit", "name": t("デジタル赤字（日本、マイナスで表示）", "Digital deficit (Japan, shown below zero)"), "unit": "jpy-tn", "color": "#8e44ad",
        "anchors": [
            {"year": 2024, "value": -6.7, "kind": "sourced",
             "source": src("財務省・日本銀行 (MOF / BOJ)", "国際収支統計（デジタル関連サービス収支）", V004, S004, 642, "（2024年6.7兆円と近年拡大傾向）")},
            {"year": 2030, "value": -10.0, "kind": "sourced",
             "source": src("経済産業省 (METI)", "デジタル赤字の推計（2025年以降、2022～2024年の伸びが続くと仮定）", V002, S002, 272,
                           "2030年には足下の原油輸入額と同程度の約10兆円規模まで赤字が拡大するおそれ"),
             "note": t("「約10兆円」：経産省推計（2022～2024年の伸びが続くと仮定）。", "\"About 10 tn yen\": METI's estimate, assuming the 2022-2024 growth continues.")},
        ],
        "segments": [
            {"type": "target", "from": 2024, "to": 2030, "basis": "derived",
             "rationale": t("2024年実績と2030年の経産省推計（約10兆円）を一定の伸び率で結ぶ（年約6.9%）。経産省は2022～2024年の伸びの継続を仮定；2022・2023年の値は資料本文にないため、2点から率を解く。",
                            "A constant rate joining the 2024 actual and METI's ≈10 tn yen estimate for 2030 (≈6.9 %/yr). METI assumes the 2022-2024 growth continues; the 2022-2023 values are not in the seed text, so mgp solves the rate through the two sourced points."),
             "source": src("財務省・日本銀行 / 経済産業省", "国際収支統計；2025年以降は経産省による推計", V002, S002, 279,
                           "2025年以降の数字は経産省による推計。（2022年～2024年の伸びが続いたものと仮定）")},
            {"type": "compound", "from": 2030, "to": 2040, "rate": 0.069, "basis": "assumption",
             "rationale": t("mgpの仮定：2024～2030年の伸び（年6.9%）が2030年以降も続く。出所は「赤字がさらに拡大を続ける」とするが数値はない。",
                            "mgp assumption: the 2024-2030 rate (6.9 %/yr) continues after 2030. The source warns the deficit 'will keep growing' but gives no figure.")},
        ],
    },
    {
        "id": "labour-gap", "name": t("労働需給ギャップ（日本、不足人数）", "Labour supply-demand gap (Japan, people short)"), "unit": "people", "color": "#b8860b",
        "anchors": [
            {"year": 2040, "value": 2000000, "kind": "sourced",
             "source": src("経済産業省 (METI)", "経済産業政策新機軸部会 第4次中間整理 参考資料集（2040年の就業構造推計、新機軸シナリオ）", V004, S004, 441,
                           "2040年に向けた新機軸シナリオでは、少子高齢化による人口減少に伴って約200万人分の労働需給ギャップが生じる")},
        ],
        "segments": [
            {"type": "linear", "from": 2024, "to": 2040, "increment": 125000, "basis": "assumption",
             "rationale": t("mgpの仮定：2024年のゼロから2040年の約200万人まで均等に拡大（年12.5万人）。出所は2040年のみ。",
                            "mgp assumption: the gap opens evenly from zero in 2024 to the sourced 2,000,000 in 2040 (125,000 people a year); the source gives only 2040.")},
        ],
    },
]

scenarios = [
    {"id": "base", "name": t("基本（出所の前提）", "Base (the sources' own rules)"),
     "description": t("出所の数値と規則のまま。出所にない部分はmgpの仮定（明示）。", "The sources' figures and stated rules; where they are silent, mgp's labelled assumptions."),
     "overrides": []},
    {"id": "optimistic", "name": t("楽観", "Optimistic"),
     "description": t("出所の予測期間後に市場の成長が5ポイント加速し、2030年以降デジタル赤字の伸びが半減。", "Markets grow 5 points faster after each source's forecast horizon; the digital deficit's growth halves after 2030."),
     "overrides": [
         {"series": "vertical-ai", "segment": 1, "parameter": "rate", "value": 0.266, "note": t("2034年以降 21.6%→26.6%（+5pt）", "After 2034: 21.6 % → 26.6 % (+5 pt)")},
         {"series": "physical-ai", "segment": 1, "parameter": "rate", "value": 0.394, "note": t("2035年以降 34.4%→39.4%（+5pt）", "After 2035: 34.4 % → 39.4 % (+5 pt)")},
         {"series": "digital-deficit", "segment": 1, "parameter": "rate", "value": 0.0345, "note": t("2030年以降 赤字の伸びが半減（国内計算資源等による代替）", "After 2030 the deficit grows half as fast (domestic compute and services substitute imports)")},
     ]},
    {"id": "pessimistic", "name": t("悲観", "Pessimistic"),
     "description": t("出所の予測期間後に市場の成長率が半減し、2030年以降デジタル赤字が年10%で拡大。", "Market growth halves after each source's forecast horizon; the digital deficit grows 10 %/yr after 2030."),
     "overrides": [
         {"series": "vertical-ai", "segment": 1, "parameter": "rate", "value": 0.108, "note": t("2034年以降 21.6%→10.8%（半減）", "After 2034: 21.6 % → 10.8 % (halved)")},
         {"series": "physical-ai", "segment": 1, "parameter": "rate", "value": 0.172, "note": t("2035年以降 34.4%→17.2%（半減）", "After 2035: 34.4 % → 17.2 % (halved)")},
         {"series": "digital-deficit", "segment": 1, "parameter": "rate", "value": 0.10, "note": t("2030年以降 赤字が年10%で拡大", "After 2030 the deficit grows 10 %/yr")},
     ]},
]

reference_lines = [
    {"id": "crude-oil-imports", "label": t("原油の輸入額 約6.9兆円（2021年）", "Crude-oil imports ≈ ¥6.9 tn (2021)"), "value": -6.9, "unit": "jpy-tn", "kind": "sourced",
     "source": src("財務省 (MOF)", "「国際収支から見た日本経済の課題と処方箋」懇談会", V004, S004, 147, "原油の輸入額 約6.9兆円（2021年）")},
    {"id": "labour-gap-2040", "label": t("2040年の不足 約200万人", "Shortfall in 2040 ≈ 2.0 m people"), "value": 2000000, "unit": "people", "kind": "sourced",
     "source": src("経済産業省 (METI)", "経済産業政策新機軸部会 第4次中間整理 参考資料集", V004, S004, 441, "約200万人分の労働需給ギャップが生じる")},
]

charts = [
    {"id": "markets", "title": t("AI・ロボット市場の規模（世界）", "AI and robot markets (global)"), "unit": "jpy-tn",
     "series": ["vertical-ai", "physical-ai", "multipurpose-robots"]},
    {"id": "digital-deficit", "title": t("デジタル赤字と原油輸入額（日本）", "Digital deficit vs crude-oil imports (Japan)"), "unit": "jpy-tn",
     "series": ["digital-deficit"], "referenceLines": ["crude-oil-imports"]},
    {"id": "labour-gap", "title": t("労働需給ギャップ（日本）", "Labour supply-demand gap (Japan)"), "unit": "people",
     "series": ["labour-gap"], "referenceLines": ["labour-gap-2040"]},
]

doc = {
    "schemaVersion": 1,
    "title": t("日本のAI・ロボット関連予測 2024-2040", "Japan AI and robotics outlook 2024-2040"),
    "description": t("政府資料（2025-2026年）の5つの予測。出所の数値は出典付き、規則による計算値は「導出」、それ以外はmgpの仮定。",
                     "Five forecasts from Japanese government decks (2025-2026): sourced figures with citations, values derived by the sources' stated rules, and mgp's labelled assumptions."),
    "horizon": {"from": 2024, "to": 2040},
    "metadata": {"created": "2026-11-23", "figures": "shared/FIGURES.md"},
    "series": series, "scenarios": scenarios, "referenceLines": reference_lines, "charts": charts,
}
json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
sys.stdout.write("\n")
