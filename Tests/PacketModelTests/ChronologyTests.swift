import PacketModel
import Testing

@Suite("Timeline order and date wording")
struct ChronologyTests {
    static func date(_ iso: String) -> PartialDate { PartialDate(iso: iso)! }

    static func event(_ id: String, _ iso: String, until: String? = nil) -> TimelineEvent {
        TimelineEvent(id: id, date: date(iso), until: until.map(date), description: id, excerpt: id)
    }

    @Test("A year-only event stays where the model lists it among the events of its year, never first by default")
    func yearOnlyFollowsItsModelPlace() {
        // The seed's two defects: "2001: Al-Qaeda loses its bases" sorted before September 11, and
        // "2016: al-Adnani is killed" before his May 2016 speech.
        let events = [Self.event("9/11", "2001-09-11"), Self.event("afghanistan", "2001"),
                      Self.event("speech", "2016-05"), Self.event("nice", "2016-07-14"), Self.event("killed", "2016"),
                      Self.event("offensive", "2016-10"), Self.event("stalingrad", "1942-08")]
        #expect(Chronology.ordered(events).map(\.id)
                == ["stalingrad", "9/11", "afghanistan", "speech", "nice", "killed", "offensive"])
    }

    @Test("A month-only event stays where the model lists it among the days of its month, never first by default")
    func monthOnlyFollowsItsModelPlace() {
        // A news release: "September 2, 2022: the winners are announced", then "September 2022: the awards
        // are signed", then "September 30, 2022: the deadline". "September 2022" is not September 1.
        let events = [Self.event("announced", "2022-09-02"), Self.event("signed", "2022-09"), Self.event("deadline", "2022-09-30"),
                      Self.event("finalists", "2021-12-13"), Self.event("early", "2022-08")]
        #expect(Chronology.ordered(events).map(\.id) == ["finalists", "early", "announced", "signed", "deadline"])
    }

    @Test("A year-only event listed before every other event of its year comes first in that year")
    func yearOnlyListedFirst() {
        let events = [Self.event("year", "2016"), Self.event("may", "2016-05"), Self.event("earlier", "2015-02")]
        #expect(Chronology.ordered(events).map(\.id) == ["earlier", "year", "may"])
    }

    @Test("Precise events sort by date, ties keeping model order, and a year alone in its year sorts by year")
    func preciseEvents() {
        let events = [Self.event("b", "2017-07"), Self.event("a", "2017-07"), Self.event("lone", "2015"), Self.event("c", "2014-06-10")]
        #expect(Chronology.ordered(events).map(\.id) == ["c", "lone", "b", "a"])
    }

    @Test("Only year-only events without a span that share a year with a precise event are vague")
    func vagueEvents() {
        let events = [Self.event("precise", "2016-05"), Self.event("vague", "2016"), Self.event("alone", "2012"),
                      Self.event("span", "2016", until: "2017")]
        #expect(Chronology.vagueYearEvents(events).map(\.vague.id) == ["vague"])
        #expect(Chronology.vagueYearEvents(events).map(\.precise.id) == ["precise"])
    }

    @Test("A span says its year once when both ends share it: October–December 2001")
    func spanWording() {
        let words = [("2001-10", "2001-12", "October–December 2001"), ("2017-03", "2017-06", "March–June 2017"),
                     ("1942-08", "1943-02", "August 1942–February 1943"), ("2017-03-22", "2017-06-03", "March 22–June 3, 2017"),
                     ("2017-06-03", "2017-06-09", "June 3–9, 2017"), ("2017-10-17", nil, "October 17, 2017")]
        for (start, end, expected) in words {
            #expect(DateWording.words(Self.date(start), until: end.map(Self.date)) == expected)
        }
    }

    @Test("A period that starts with a bare year in the year it ends reads from January, never '2017 to July 2017'")
    func periodWording() {
        func words(_ start: String?, _ end: String?) -> String? {
            DateWording.words(Period(start: start.map(Self.date), end: end.map(Self.date)))
        }
        #expect(words("2017", "2017-07") == "January to July 2017")
        #expect(words("2017-03", "2017-06") == "March to June 2017")
        #expect(words("2014-06", "2017-06") == "June 2014 to June 2017")
        #expect(words("2011", "2016-12") == "2011 to December 2016")
        #expect(words("2014-06", "2014-06") == "June 2014")
        #expect(words("2014", nil) == "since 2014")
        #expect(words(nil, "2017-07-09") == "until July 9, 2017")
        #expect(words(nil, nil) == nil)
    }

    @Test("A date is surely after another only when every day it can mean is later")
    func surelyAfter() {
        #expect(Self.date("2017-10").isSurelyAfter(Self.date("2017-07")))
        #expect(!Self.date("2017-07-20").isSurelyAfter(Self.date("2017-07")))
        #expect(!Self.date("2017").isSurelyAfter(Self.date("2017-07")))
        #expect(Self.date("2018").isSurelyAfter(Self.date("2017")))
    }
}
