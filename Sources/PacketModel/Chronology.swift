/// Puts events in date order when some are dated only to a year.
///
/// A year-only date ("2016") says nothing about where in the year the event falls, so comparing it
/// as if it were January 1 puts "2016: al-Adnani is killed" before his "May 2016" speech. Instead,
/// events dated to a month or a day are sorted by date, and each year-only event is placed among the
/// events of its year where the model lists it: after the last of them that the model lists before
/// it (or before them all when the model lists it first). The validator warns about such events, so
/// that editors give the precision they know.
package enum Chronology {
    /// The events in date order; ties keep model order.
    package static func ordered(_ events: [TimelineEvent]) -> [TimelineEvent] {
        let indexed = Array(events.enumerated())
        var result = indexed.filter { $0.element.date.precision != .year }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
        for (offset, event) in indexed where event.date.precision == .year {
            let year = event.date.year
            let sameYear = result.indices.filter { result[$0].element.date.year == year }
            let position: Int
            if let anchor = sameYear.last(where: { result[$0].offset < offset }) {
                position = anchor + 1
            } else if let first = sameYear.first {
                position = first
            } else {
                position = result.firstIndex { $0.element.date.year > year } ?? result.count
            }
            result.insert((offset, event), at: position)
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
