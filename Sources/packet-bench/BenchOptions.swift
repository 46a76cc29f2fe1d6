/// The command line of `packet-bench`.
struct BenchOptions {
    /// The benchmarks, in the order they run.
    enum Benchmark: String, CaseIterable {
        case build, workbook, batch, draft, argument
        case draftQuality = "draft-quality"
    }

    var quick = false
    var only: Set<Benchmark> = []
    var runs: Int?
    var root: String?
    var packet: String?

    static let usage = """
    usage: swift run -c release packet-bench [--quick] [--only build|workbook|batch|draft|draft-quality|argument]… [--runs N]
                                             [--root PACKAGE] [--packet PATH]
      --quick    small sizes, one run each (under a minute)
      --only     run only the named benchmark (repeatable)
      --runs N   timing runs per figure (median reported; default 3, --quick 1)
      --root     the package root holding seeds/ and templates/ (default: found from the source path)
      --packet   the release packet executable (default: the one beside packet-bench)
    Build the packet executable first: swift build -c release --product packet
    """

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw BenchError("\(flag) needs a value\n\(Self.usage)") }
            return next
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--quick": quick = true
            case "--only":
                let name = try value(argument)
                guard let benchmark = Benchmark(rawValue: name) else { throw BenchError("unknown benchmark '\(name)'\n\(Self.usage)") }
                only.insert(benchmark)
            case "--runs":
                guard let n = Int(try value(argument)), n >= 1 else { throw BenchError("--runs needs a number ≥ 1") }
                runs = n
            case "--root": root = try value(argument)
            case "--packet": packet = try value(argument)
            case "--help", "-h": throw BenchError(Self.usage)
            default: throw BenchError("unknown argument '\(argument)'\n\(Self.usage)")
            }
        }
    }

    func wants(_ benchmark: Benchmark) -> Bool { only.isEmpty || only.contains(benchmark) }

    var timingRuns: Int { runs ?? (quick ? 1 : 3) }
}
