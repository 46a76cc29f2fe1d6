import PacketModel

/// How claim kinds are named in fact/opinion/prediction items.
enum ClaimKindLabel {
    static func label(_ kind: ClaimKind) -> String { kind.label }

    /// The kind with its article, for a question: `a fact`, `an opinion`, ….
    static func article(_ kind: ClaimKind) -> String { kind.phrase }

    /// What makes a statement this kind, for explanations.
    static func meaning(_ kind: ClaimKind) -> String {
        switch kind {
        case .fact: "it reports something that happened or can be checked"
        case .opinion: "it is a judgement the writer argues for; others could reasonably disagree"
        case .prediction: "it says what will or is likely to happen, which cannot be checked yet"
        case .value: "it says what is good, bad or important"
        case .policy: "it says what someone should do"
        }
    }
}
