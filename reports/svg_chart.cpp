#include "reports/svg_chart.h"

#include <algorithm>
#include <cstdio>

namespace barge::reports {

namespace {
std::string num(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}
}  // namespace

void addChart(ctemplate::TemplateDictionary& d, const Chart& c) {
  constexpr double kLabel = 120, kBar = 260, kValue = 60, kRowH = 22, kBarH = 14;
  double max = 0;
  for (const auto& r : c.rows) {
    double sum = 0;
    for (double v : r.values) sum += v;
    max = std::max(max, sum);
  }
  auto* ch = d.AddSectionDictionary("CHART");
  ch->SetValue("TITLE", c.title);
  ch->SetValue("WIDTH", num(kLabel + kBar + kValue, 0));
  ch->SetValue("HEIGHT", num(kRowH * static_cast<double>(c.rows.size()) + 4, 0));
  for (size_t i = 0; i < c.rows.size(); ++i) {
    const auto& r = c.rows[i];
    double y = 2 + kRowH * static_cast<double>(i);
    auto* row = ch->AddSectionDictionary("ROW");
    row->SetValue("LABEL", r.label.size() > 18 ? r.label.substr(0, 17) + "..." : r.label);
    row->SetValue("TEXT_Y", num(y + kBarH - 3, 1));
    double x = kLabel, sum = 0;
    for (size_t s = 0; s < r.values.size() && s < c.series.size(); ++s) {
      double v = r.values[s];
      sum += v;
      if (v <= 0) continue;
      double w = max > 0 ? kBar * v / max : 0;
      auto* seg = row->AddSectionDictionary("SEG");
      seg->SetValue("X", num(x, 1));
      seg->SetValue("Y", num(y, 1));
      seg->SetValue("W", num(std::max(w, 1.0), 1));
      seg->SetValue("H", num(kBarH, 0));
      seg->SetValue("CLS", c.series[s]);
      seg->SetValue("TIP", r.label + ": " + num(v, c.decimals) + " " + c.series[s]);
      x += w;
    }
    row->SetValue("VALUE_X", num(x + 4, 1));
    row->SetValue("VALUE", num(sum, c.decimals));
  }
  if (c.series.size() > 1)
    for (const auto& s : c.series) {
      auto* l = ch->AddSectionDictionary("LEGEND");
      l->SetValue("CLS", s);
      l->SetValue("NAME", s);
    }
}

}  // namespace barge::reports
