/// Puts events in date order when some are dated only to a year or a month.
///
/// A year-only date ("2016") says nothing about where in the year the event falls, so comparing it
/// as if it were January 1 puts "2016: al-Adnani is killed" before his "May 2016" speech; a
/// month-only date ("September 2022") likewise says nothing about its day. Instead, events dated to
/// a day are sorted by date; each month-only event is placed among the events of its month where
/// the model lists it, and then each year-only event among the events of its year: after the last
/// of them that the model lists before it (or before them all when the model lists it first). The
/// validator warns about year-only events that share a year with precise ones, so that editors
/// give the precision they know.
package enum Chronology {
    /// The events in date order; ties keep model order.
    package static func ordered(_ events: [TimelineEvent]) -> [TimelineEvent] {
        let indexed = Array(events.enumerated())
        var result = indexed.filter { $0.element.date.precision == .day }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
        for precision in [PartialDate.Precision.month, .year] {
            // The key of the period a vaguer date names: its year, or its year and month.
            func period(_ date: PartialDate) -> [Int] { precision == .year ? [date.year] : [date.year, date.month ?? 0] }
            let vaguer = indexed.filter { $0.element.date.precision == precision }
                .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            for (offset, event) in vaguer {
                let key = period(event.date)
                let same = result.indices.filter { period(result[$0].element.date) == key }
                let position: Int
                if let anchor = same.last(where: { result[$0].offset < offset }) {
                    position = anchor + 1
                } else if let first = same.first {
                    position = first
                } else {
                    position = result.firstIndex { period($0.element.date).lexicographicallyPrecedes(key) == false
                        && period($0.element.date) != key } ?? result.count
                }
                result.insert((offset, event), at: position)
            }
        }
        return result.map(\.element)
    }

    /// Year-only events that share their year with an event dated more precisely: where they fall
    /// in that year is a guess (see ``ordered(_:)``). Each pair is the vague event and a precise one.
    package static func vagueYearEvents(_ events: [TimelineEvent]) -> [(vague: TimelineEvent, precise: TimelineEvent)] {
        events.compactMap { event in
            guard event.date.precision == .year, event.until == nil,
                  let precise = events.first(where: { $0.date.year == event.date.year && $0.date.precision != .year })
            else { return nil }
            return (event, precise)
        }
    }
}
