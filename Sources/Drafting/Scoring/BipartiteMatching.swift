/// The largest one-to-one pairing of answers with drafted items, where `canPair(answer, drafted)` says
/// which pairs are allowed (augmenting paths: the sizes here are tens of items).
/// Returns, per answer, the drafted item it is paired with.
func largestMatching(answers: Int, drafted: Int, canPair: (Int, Int) -> Bool) -> [Int?] {
    var edges = [[Int]](repeating: [], count: answers)
    for a in 0..<answers { for d in 0..<drafted where canPair(a, d) { edges[a].append(d) } }
    var answerOf = [Int?](repeating: nil, count: drafted)
    func augment(_ a: Int, _ seen: inout [Bool]) -> Bool {
        for d in edges[a] where !seen[d] {
            seen[d] = true
            if let other = answerOf[d] {
                if augment(other, &seen) { answerOf[d] = a; return true }
            } else {
                answerOf[d] = a
                return true
            }
        }
        return false
    }
    for a in 0..<answers {
        var seen = [Bool](repeating: false, count: drafted)
        _ = augment(a, &seen)
    }
    var result = [Int?](repeating: nil, count: answers)
    for (d, a) in answerOf.enumerated() { if let a { result[a] = d } }
    return result
}
