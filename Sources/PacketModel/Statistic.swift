/// A number as the article gives it: exact, or a range (open-ended above for "thousands").
package enum StatValue: Sendable, Hashable {
    case exact(Double)
    case range(min: Double, max: Double?)

    /// A single representative number: the value, or the middle of a closed range, or the minimum.
    package var representative: Double {
        switch self {
        case .exact(let v): return v
        case .range(let lo, let hi): return hi.map { (lo + $0) / 2 } ?? lo
        }
    }

    package var minimum: Double {
        switch self {
        case .exact(let v): return v
        case .range(let lo, _): return lo
        }
    }

    package var maximum: Double? {
        switch self {
        case .exact(let v): return v
        case .range(_, let hi): return hi
        }
    }
}

extension StatValue: Codable {
    private enum Keys: String, CodingKey { case min, max }

    package init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let v = try? single.decode(Double.self) {
            self = .exact(v)
            return
        }
        let c = try decoder.container(keyedBy: Keys.self)
        self = .range(min: try c.decode(Double.self, forKey: .min), max: try c.decodeIfPresent(Double.self, forKey: .max))
    }

    package func encode(to encoder: any Encoder) throws {
        switch self {
        case .exact(let v):
            var c = encoder.singleValueContainer()
            try c.encode(v)
        case .range(let lo, let hi):
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(lo, forKey: .min)
            try c.encodeIfPresent(hi, forKey: .max)
        }
    }
}

/// The span of time a number covers.
package struct Period: Codable, Sendable, Hashable {
    package var start: PartialDate?
    package var end: PartialDate?

    package init(start: PartialDate? = nil, end: PartialDate? = nil) {
        self.start = start; self.end = end
    }
}

/// A number, date span or quantity the article states.
package struct Statistic: Excerpted, Codable, Hashable {
    package var id: String
    package var value: StatValue
    /// Unit of the value: `percent`, `people`, `months`, `attacks`, …
    package var unit: String
    /// The value as the article words it, e.g. "several hundred" or "18%".
    package var asWritten: String
    /// True when the article gives an approximation rather than a count.
    package var approximate: Bool
    /// What the number measures.
    package var measures: String
    package var population: String?
    package var period: Period?
    /// Where it applies (free text or a place name).
    package var place: String?
    /// Who produced the number (e.g. a named report).
    package var source: String?
    /// What the number does not show.
    package var caveat: String?
    /// The caveat's point in one short sentence, for a quiz item's key ("It counts who carried out
    /// the attacks, not who directed them.").
    package var doesNotShow: String?
    /// True when the number is a figure of speech ("ten times worse"), not a measurement: it is
    /// never asked as a number.
    package var figurative: Bool
    /// How a quiz asks for the number, when the generated question would read awkwardly.
    package var ask: String?
    package var teacherNote: String?
    package var excerpt: String
    package var sensitive: [String]
    package var location: Location?

    package init(id: String, value: StatValue, unit: String, asWritten: String, approximate: Bool = false,
                measures: String, population: String? = nil, period: Period? = nil, place: String? = nil,
                source: String? = nil, caveat: String? = nil, doesNotShow: String? = nil, figurative: Bool = false,
                ask: String? = nil, teacherNote: String? = nil, excerpt: String,
                sensitive: [String] = [], location: Location? = nil) {
        self.id = id; self.value = value; self.unit = unit; self.asWritten = asWritten
        self.approximate = approximate; self.measures = measures; self.population = population
        self.period = period; self.place = place; self.source = source; self.caveat = caveat
        self.doesNotShow = doesNotShow; self.figurative = figurative; self.ask = ask
        self.teacherNote = teacherNote; self.excerpt = excerpt; self.sensitive = sensitive; self.location = location
    }

    /// True when the unit is a percentage.
    package var isPercent: Bool { unit == "percent" }

    /// True when the number is a rank ("second largest"), not a quantity.
    package var isRank: Bool { unit == "rank" }

    /// True when a quiz may ask for the number itself: neither a figure of speech nor a rank.
    package var isAskedAsNumber: Bool { !figurative && !isRank }
}
