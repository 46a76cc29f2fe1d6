import Foundation

/// A C string copied with `strdup` for struct fields the library reads later; freed by ``free()``.
final class CStringPool {
    private var pointers: [UnsafeMutablePointer<CChar>] = []

    func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        guard let text, let p = strdup(text) else { return nil }
        pointers.append(p)
        return p
    }

    func free() {
        pointers.forEach { Foundation.free($0) }
        pointers.removeAll()
    }

    deinit { free() }
}
