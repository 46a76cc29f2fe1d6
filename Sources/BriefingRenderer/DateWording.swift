import PacketModel

/// Dates and periods in words: `July 9, 2017`, `July 2017`, `2017`, `June 2014 to June 2017`.
enum DateWording {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    static func words(_ date: PartialDate) -> String {
        guard let month = date.month else { return String(date.year) }
        let name = months[month - 1]
        if let day = date.day { return "\(name) \(day), \(date.year)" }
        return "\(name) \(date.year)"
    }

    /// `June 2014 to June 2017`, `June 2014` (same start and end), `since 2014`, `until 2017`, or nil.
    static func words(_ period: Period?) -> String? {
        switch (period?.start, period?.end) {
        case (let start?, let end?): start == end ? words(start) : "\(words(start)) to \(words(end))"
        case (let start?, nil): "since \(words(start))"
        case (nil, let end?): "until \(words(end))"
        case (nil, nil): nil
        }
    }
}
