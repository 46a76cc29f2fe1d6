/// A calendar date known to a year, a month or a day, written in ISO 8601 as
/// `2017`, `2017-07` or `2017-07-09`.
package struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How much of the date is known.
    package enum Precision: String, Codable, Sendable, CaseIterable {
        case year, month, day
    }

    package let year: Int
    package let month: Int?
    package let day: Int?

    /// Creates a date; `day` requires `month`. Returns `nil` for an impossible date.
    package init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` when the text is not such a date.
    package init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]) else { return nil }
        let m = parts.count > 1 ? Int(parts[1]) : nil
        let d = parts.count > 2 ? Int(parts[2]) : nil
        self.init(year: y, month: m, day: d)
    }

    package var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// The ISO 8601 text: `2017`, `2017-07` or `2017-07-09`.
    package var iso: String {
        var s = String(format: "%04d", year)
        if let month { s += String(format: "-%02d", month) }
        if let day { s += String(format: "-%02d", day) }
        return s
    }

    package var description: String { iso }

    /// The first day the date can mean (1 January for a year, the 1st for a month).
    package var firstDay: (year: Int, month: Int, day: Int) { (year, month ?? 1, day ?? 1) }

    /// Days since 1970-01-01 of the first day the date can mean.
    package var firstDayNumber: Int {
        let (y, m, d) = firstDay
        return PartialDate.daysFromCivil(y, m, d)
    }

    /// Days since 1970-01-01 of the last day the date can mean (31 December for a year, the
    /// month's last day for a month).
    package var lastDayNumber: Int {
        let m = month ?? 12
        return PartialDate.daysFromCivil(year, m, day ?? PartialDate.daysIn(month: m, year: year))
    }

    /// True when every day this date can mean comes after every day `other` can mean:
    /// `2017-10` is surely after `2017-07`, but `2017-07-20` is not surely after `2017-07`.
    package func isSurelyAfter(_ other: PartialDate) -> Bool { firstDayNumber > other.lastDayNumber }

    /// Days since 1899-12-30, the spreadsheet serial number of ``firstDay``.
    package var spreadsheetSerial: Int {
        let (y, m, d) = firstDay
        return PartialDate.daysFromCivil(y, m, d) - PartialDate.daysFromCivil(1899, 12, 30)
    }

    /// Seconds since 1970-01-01T00:00:00Z of ``firstDay`` at midnight UTC.
    package var unixTime: Int64 {
        let (y, m, d) = firstDay
        return Int64(PartialDate.daysFromCivil(y, m, d)) * 86_400
    }

    /// True when this date lies within `coarser` and is at least as precise: `2014-06` refines
    /// `2014` and itself, but not `2015` or `2014-06-10`.
    package func refines(_ coarser: PartialDate) -> Bool {
        guard year == coarser.year else { return false }
        if let m = coarser.month { guard month == m else { return false } }
        if let d = coarser.day { guard day == d else { return false } }
        return true
    }

    package static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

extension PartialDate: Codable {
    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): \(text)"))
        }
        self = date
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
