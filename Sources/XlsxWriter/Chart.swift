import CXlsxWriter

/// The chart types the wrapper offers.
package enum ChartKind: Sendable, Hashable {
    case column, bar, line, pie, scatter, scatterStraightWithMarkers

    var library: UInt8 {
        switch self {
        case .column: UInt8(LXW_CHART_COLUMN.rawValue)
        case .bar: UInt8(LXW_CHART_BAR.rawValue)
        case .line: UInt8(LXW_CHART_LINE.rawValue)
        case .pie: UInt8(LXW_CHART_PIE.rawValue)
        case .scatter: UInt8(LXW_CHART_SCATTER.rawValue)
        case .scatterStraightWithMarkers: UInt8(LXW_CHART_SCATTER_STRAIGHT_WITH_MARKERS.rawValue)
        }
    }
}

/// Where a chart's legend goes.
package enum LegendPosition: Sendable, Hashable {
    case none, right, bottom, top

    var library: UInt8 {
        switch self {
        case .none: UInt8(LXW_CHART_LEGEND_NONE.rawValue)
        case .right: UInt8(LXW_CHART_LEGEND_RIGHT.rawValue)
        case .bottom: UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue)
        case .top: UInt8(LXW_CHART_LEGEND_TOP.rawValue)
        }
    }
}

/// A chart in a workbook; add series from cell ranges, then place it on a worksheet.
package final class Chart {
    let pointer: UnsafeMutablePointer<lxw_chart>
    let state: WorkbookState

    init(pointer: UnsafeMutablePointer<lxw_chart>, state: WorkbookState) {
        self.pointer = pointer; self.state = state
    }

    /// Adds a series: `values` and optional `categories` on `sheet` (ranges of one column), with a name.
    package func addSeries(name: String? = nil, sheet: String, categories: CellRange?, values: CellRange,
                          color: Color? = nil, dataLabels: Bool = false) throws {
        try state.ensureOpen()
        try XMLText.check(name, "a chart series name")
        guard let series = chart_add_series(pointer, nil, nil) else {
            throw XlsxError.invalidArgument("chart_add_series failed")
        }
        if let categories {
            chart_series_set_categories(series, sheet, lxw_row_t(categories.firstRow), lxw_col_t(categories.firstCol),
                                        lxw_row_t(categories.lastRow), lxw_col_t(categories.lastCol))
        }
        chart_series_set_values(series, sheet, lxw_row_t(values.firstRow), lxw_col_t(values.firstCol),
                                lxw_row_t(values.lastRow), lxw_col_t(values.lastCol))
        if let name { chart_series_set_name(series, name) }
        if let color {
            var fill = lxw_chart_fill(color: color.rgb, none: 0, transparency: 0)
            chart_series_set_fill(series, &fill)
            var line = lxw_chart_line(color: color.rgb, none: 0, width: 1.5, dash_type: 0, transparency: 0)
            chart_series_set_line(series, &line)
            if isScatter {
                var marker = lxw_chart_fill(color: color.rgb, none: 0, transparency: 0)
                chart_series_set_marker_fill(series, &marker)
                chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
                chart_series_set_marker_size(series, 7)
            }
        }
        if dataLabels { chart_series_set_labels(series) }
    }

    private var isScatter: Bool {
        let t = Int(pointer.pointee.type)
        return t == Int(LXW_CHART_SCATTER.rawValue) || t == Int(LXW_CHART_SCATTER_STRAIGHT_WITH_MARKERS.rawValue)
    }

    /// Sets the chart title.
    package func setTitle(_ title: String) throws {
        try state.ensureOpen()
        try XMLText.check(title, "a chart title")
        chart_title_set_name(pointer, title)
    }

    /// Names the category (x) and value (y) axes.
    package func setAxisNames(x: String?, y: String?) throws {
        try state.ensureOpen()
        try XMLText.check((x ?? "") + (y ?? ""), "a chart axis name")
        if let x { chart_axis_set_name(chart_axis_get(pointer, LXW_CHART_AXIS_TYPE_X), x) }
        if let y { chart_axis_set_name(chart_axis_get(pointer, LXW_CHART_AXIS_TYPE_Y), y) }
    }

    /// Sets the number format of an axis's labels (e.g. `0%` or `yyyy`).
    package func setAxisNumberFormat(x: String? = nil, y: String? = nil) throws {
        try state.ensureOpen()
        if let x { chart_axis_set_num_format(chart_axis_get(pointer, LXW_CHART_AXIS_TYPE_X), x) }
        if let y { chart_axis_set_num_format(chart_axis_get(pointer, LXW_CHART_AXIS_TYPE_Y), y) }
    }

    /// Fixes an axis's bounds; `nil` leaves a bound automatic.
    package func setAxisBounds(xMin: Double? = nil, xMax: Double? = nil, yMin: Double? = nil, yMax: Double? = nil) throws {
        try state.ensureOpen()
        let x = chart_axis_get(pointer, LXW_CHART_AXIS_TYPE_X)
        let y = chart_axis_get(pointer, LXW_CHART_AXIS_TYPE_Y)
        if let xMin { chart_axis_set_min(x, xMin) }
        if let xMax { chart_axis_set_max(x, xMax) }
        if let yMin { chart_axis_set_min(y, yMin) }
        if let yMax { chart_axis_set_max(y, yMax) }
    }

    /// Sets the distance between major ticks of the value axis.
    package func setMajorUnit(x: Double? = nil, y: Double? = nil) throws {
        try state.ensureOpen()
        if let x { chart_axis_set_major_unit(chart_axis_get(pointer, LXW_CHART_AXIS_TYPE_X), x) }
        if let y { chart_axis_set_major_unit(chart_axis_get(pointer, LXW_CHART_AXIS_TYPE_Y), y) }
    }

    /// Places the legend, or hides it with `.none`.
    package func setLegend(_ position: LegendPosition) throws {
        try state.ensureOpen()
        chart_legend_set_position(pointer, position.library)
    }
}

extension Worksheet {
    /// Places `chart` with its top-left corner at a cell, scaled from the default 480×288 pixels.
    package func insertChart(_ chart: Chart, row: Int, col: Int, xScale: Double = 1, yScale: Double = 1) throws {
        try state.ensureOpen()
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        try check(worksheet_insert_chart_opt(pointer, lxw_row_t(row), lxw_col_t(col), chart.pointer, &options),
                  "worksheet_insert_chart(\(CellReference.cell(row: row, col: col)))")
    }
}
