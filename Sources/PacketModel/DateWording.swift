/// Dates, spans and periods in words, as every text renderer prints them: `July 9, 2017`,
/// `July 2017`, `2017`, `October–December 2001`, `June 2014 to June 2017`.
package enum DateWording {
    package static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]

    /// `July 9, 2017`, `July 2017` or `2017`.
    package static func words(_ date: PartialDate) -> String {
        guard let month = date.month else { return String(date.year) }
        let name = months[month - 1]
        if let day = date.day { return "\(name) \(day), \(date.year)" }
        return "\(name) \(date.year)"
    }

    /// A date, or a span from `date` until `end` with an en dash, the year said once when both ends
    /// share it: `October–December 2001`, `March 22–June 3, 2017`, `August 1942–February 1943`.
    package static func words(_ date: PartialDate, until end: PartialDate?) -> String {
        guard let end, end != date else { return words(date) }
        guard date.year == end.year, let startMonth = date.month, let endMonth = end.month else {
            return "\(words(date))–\(words(end))"
        }
        let start = months[startMonth - 1] + (date.day.map { " \($0)" } ?? "")
        let stop: String
        if startMonth == endMonth, date.day != nil, let day = end.day {
            stop = String(day)
        } else {
            stop = months[endMonth - 1] + (end.day.map { " \($0)" } ?? "")
        }
        return "\(start)–\(stop)\(end.day != nil ? "," : "") \(end.year)"
    }

    /// `June 2014 to June 2017`, `March to June 2017` (the year said once), `June 2014` (same start and
    /// end), `since 2014`, `until 2017`, or nil. A start given only as a year counts from January,
    /// so `2017` to `2017-07` reads `January to July 2017`, never `2017 to July 2017`.
    package static func words(_ period: Period?) -> String? {
        switch (period?.start, period?.end) {
        case (let start?, let end?):
            if start == end { return words(start) }
            guard start.year == end.year, end.month != nil else { return "\(words(start)) to \(words(end))" }
            let from = start.month.map { months[$0 - 1] + (start.day.map { " \($0)" } ?? "") } ?? "January"
            return "\(from) to \(words(end))"
        case (let start?, nil): return "since \(words(start))"
        case (nil, let end?): return "until \(words(end))"
        case (nil, nil): return nil
        }
    }
}
