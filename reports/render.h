#pragma once
#include <string>

#include "reports/report_model.h"

namespace barge::reports {

std::string renderJson(const ReportModel& m);
std::string renderHtml(const ReportModel& m);
// SCT / DMS Schema Conversion CSV exports.
std::string renderActionItemsCsv(const ReportModel& m);
std::string renderSummaryCsv(const ReportModel& m);

}  // namespace barge::reports
