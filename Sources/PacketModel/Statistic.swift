/// A number as the article gives it: exact, or a range (open-ended above for "thousands").
public enum StatValue: Sendable, Hashable {
    case exact(Double)
    case range(min: Double, max: Double?)

    /// A single representative number: the value, or the middle of a closed range, or the minimum.
    public var representative: Double {
        switch self {
        case .exact(let v): return v
        case .range(let lo, let hi): return hi.map { (lo + $0) / 2 } ?? lo
        }
    }

    public var minimum: Double {
        switch self {
        case .exact(let v): return v
        case .range(let lo, _): return lo
        }
    }

    public var maximum: Double? {
        switch self {
        case .exact(let v): return v
        case .range(_, let hi): return hi
        }
    }
}

extension StatValue: Codable {
    private enum Keys: String, CodingKey { case min, max }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let v = try? single.decode(Double.self) {
            self = .exact(v)
            return
        }
        let c = try decoder.container(keyedBy: Keys.self)
        self = .range(min: try c.decode(Double.self, forKey: .min), max: try c.decodeIfPresent(Double.self, forKey: .max))
    }

    public func encode(to encoder: any Encoder) throws {
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
public struct Period: Codable, Sendable, Hashable {
    public var start: PartialDate?
    public var end: PartialDate?

    public init(start: PartialDate? = nil, end: PartialDate? = nil) {
        self.start = start; self.end = end
    }
}

/// A number, date span or quantity the article states.
public struct Statistic: Excerpted, Codable, Hashable {
    public var id: String
    public var value: StatValue
    /// Unit of the value: `percent`, `people`, `months`, `attacks`, …
    public var unit: String
    /// The value as the article words it, e.g. "several hundred" or "18%".
    public var asWritten: String
    /// True when the article gives an approximation rather than a count.
    public var approximate: Bool
    /// What the number measures.
    public var measures: String
    public var population: String?
    public var period: Period?
    /// Where it applies (free text or a place name).
    public var place: String?
    /// Who produced the number (e.g. a named report).
    public var source: String?
    /// What the number does not show.
    public var caveat: String?
    public var teacherNote: String?
    public var excerpt: String
    public var sensitive: [String]
    public var location: Location?

    public init(id: String, value: StatValue, unit: String, asWritten: String, approximate: Bool = false,
                measures: String, population: String? = nil, period: Period? = nil, place: String? = nil,
                source: String? = nil, caveat: String? = nil, teacherNote: String? = nil, excerpt: String,
                sensitive: [String] = [], location: Location? = nil) {
        self.id = id; self.value = value; self.unit = unit; self.asWritten = asWritten
        self.approximate = approximate; self.measures = measures; self.population = population
        self.period = period; self.place = place; self.source = source; self.caveat = caveat
        self.teacherNote = teacherNote; self.excerpt = excerpt; self.sensitive = sensitive; self.location = location
    }

    /// True when the unit is a percentage.
    public var isPercent: Bool { unit == "percent" }
}
