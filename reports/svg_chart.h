#pragma once
// Horizontal stacked bar charts as inline SVG, drawn by the report template: this file only
// computes the geometry, every label goes through the template's escaping.
#include <ctemplate/template.h>

#include <string>
#include <vector>

namespace barge::reports {

struct ChartRow {
  std::string label;
  std::vector<double> values;  // one per series
};

struct Chart {
  std::string title;
  std::vector<std::string> series;  // also the CSS class suffix (c-<series>)
  std::vector<ChartRow> rows;
  int decimals = 0;
};

// Adds one CHART section (ROW / SEG / LEGEND) to `d`.
void addChart(ctemplate::TemplateDictionary& d, const Chart& c);

}  // namespace barge::reports
