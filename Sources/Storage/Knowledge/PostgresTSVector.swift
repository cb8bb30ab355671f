import FluentPostgresDriver
import Foundation

/// A `tsvector` bound as a parameter in PostgreSQL's binary form
/// (`PostgresVector.binary`): the server reads it with `tsvectorrecv`, where a
/// text literal cast to `tsvector` had to be parsed while the statement was planned.
public struct PostgresTSVector: Sendable, Encodable, PostgresThrowingDynamicTypeEncodable {
    /// The binary form, as `PostgresVector.binary` writes it.
    public let bytes: [UInt8]

    public var psqlType: PostgresDataType { .tsvector }
    public var psqlFormat: PostgresFormat { .binary }

    public func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        byteBuffer.writeBytes(bytes)
    }

    /// Only PostgreSQL binds a vector, through the method above; any other
    /// encoder meeting one is a programming error, reported rather than written.
    public func encode(to encoder: any Encoder) throws {
        throw EncodingError.invalidValue(self, EncodingError.Context(codingPath: encoder.codingPath, debugDescription: "A tsvector binds only on PostgreSQL."))
    }
}
