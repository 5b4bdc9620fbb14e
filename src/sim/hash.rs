//! FNV-1a, 64 bit: a stable, fast content hash, the same on every machine and every
//! build. It draws a trainee's variant, names xAPI statements and hashes the state a
//! replay is compared by. Not for integrity: anybody can recompute it (an attempt log's
//! chain is HMAC-SHA256).

const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// An FNV-1a hash fed piece by piece.
#[derive(Debug, Clone, Copy)]
pub struct Fnv64(u64);

impl Default for Fnv64 {
    fn default() -> Self {
        Self(OFFSET_BASIS)
    }
}

impl Fnv64 {
    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        for &byte in bytes {
            self.0 ^= byte as u64;
            self.0 = self.0.wrapping_mul(PRIME);
        }
        self
    }

    /// The value's eight bytes, least significant first.
    pub fn u64(&mut self, value: u64) -> &mut Self {
        self.bytes(&value.to_le_bytes())
    }

    pub fn finish(&self) -> u64 {
        self.0
    }
}

/// FNV-1a of `bytes`.
pub fn fnv64(bytes: &[u8]) -> u64 {
    Fnv64::default().bytes(bytes).finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The published FNV-1a 64-bit test vectors.
    #[test]
    fn matches_the_published_values() {
        assert_eq!(fnv64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv64(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn pieces_hash_as_their_bytes_in_order() {
        let whole = fnv64(&[b"ab".as_slice(), &7u64.to_le_bytes()].concat());
        assert_eq!(
            Fnv64::default().bytes(b"a").bytes(b"b").u64(7).finish(),
            whole
        );
    }
}
