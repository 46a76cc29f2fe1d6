import PacketModel
import Yams

/// Parses YAML text into a node tree, turning Yams' syntax errors into diagnostics.
enum YAMLDocument {
    /// The root node, or `nil` after recording a syntax error (or an empty document) in `sink`.
    static func parse(_ text: String, sink: DiagnosticSink) -> Node? {
        do {
            guard let root = try Yams.compose(yaml: text) else {
                sink.error("the file is empty: expected a mapping of keys", at: nil)
                return nil
            }
            return root
        } catch let error as YamlError {
            record(error, in: sink)
            return nil
        } catch {
            sink.error("cannot read YAML: \(error)", at: nil)
            return nil
        }
    }

    private static func record(_ error: YamlError, in sink: DiagnosticSink) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            sink.error("YAML syntax error: \(detail)", at: mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            sink.error("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping",
                       at: context.mark)
        case let .reader(problem, _, _, _):
            sink.error("cannot read YAML: \(problem)", at: nil)
        default:
            sink.error("cannot read YAML: \(error)", at: nil)
        }
    }
}
