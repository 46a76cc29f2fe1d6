import Foundation

/// One file of a packet, relative to the packet folder (e.g. `student/briefing.txt`).
package struct PacketFile: Sendable, Hashable {
    package var path: String
    package var data: Data

    package init(path: String, data: Data) { self.path = path; self.data = data }

    /// A UTF-8 text file.
    package init(path: String, text: String) { self.init(path: path, data: Data(text.utf8)) }
}
