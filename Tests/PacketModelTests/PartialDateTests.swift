import PacketModel
import Testing

@Suite("Partial dates")
struct PartialDateTests {
    @Test("ISO dates parse to the precision they are written with", arguments: [
        ("2017", PartialDate.Precision.year), ("2017-07", .month), ("2017-07-09", .day),
    ])
    func parses(_ text: String, _ precision: PartialDate.Precision) throws {
        let date = try #require(PartialDate(iso: text))
        #expect(date.precision == precision)
        #expect(date.iso == text)
    }

    @Test("impossible or malformed dates do not parse", arguments: ["2017-13", "2017-02-29", "2016-02-30", "17-07", "2017-7", "2017-07-09T10:00", "July 2017", "", "2017-00"])
    func rejects(_ text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test("a leap day parses in a leap year")
    func leapDay() {
        #expect(PartialDate(iso: "2016-02-29") != nil)
        #expect(PartialDate(iso: "2000-02-29") != nil)
        #expect(PartialDate(iso: "1900-02-29") == nil)
    }

    @Test("spreadsheet serial numbers match Excel's 1900 date system")
    func serials() throws {
        #expect(try #require(PartialDate(iso: "1900-03-01")).spreadsheetSerial == 61)
        #expect(try #require(PartialDate(iso: "2017-07-09")).spreadsheetSerial == 42925)
        #expect(try #require(PartialDate(iso: "2014-09")).spreadsheetSerial == 41883)
    }

    @Test("unix time is midnight UTC of the first day the date can mean")
    func unixTime() throws {
        #expect(try #require(PartialDate(iso: "1970-01-02")).unixTime == 86_400)
        #expect(try #require(PartialDate(iso: "2017-07")).unixTime == 1_498_867_200)
    }

    @Test("dates order by year, then month, then day, a coarser date first")
    func ordering() throws {
        let dates = ["2017-07-09", "2016", "2017", "2017-07", "2014-06"].compactMap(PartialDate.init(iso:))
        #expect(dates.sorted().map(\.iso) == ["2014-06", "2016", "2017", "2017-07", "2017-07-09"])
    }
}
