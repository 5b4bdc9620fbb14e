//! The attempt log's chain: each line's value follows from the one before and the
//! entry, keyed with the lab's secret in a lab, so an edited line shows.

use crate::sim::hash::fnv64;

/// The chain logs were written with before the chain was keyed (FNV-1a over
/// `previous|entry`): still read, so old logs can be checked for accidental edits.
pub fn legacy_chain_after(previous: &str, entry_json: &str) -> String {
    format!(
        "{:016x}",
        fnv64(format!("{previous}|{entry_json}").as_bytes())
    )
}

/// What keys an attempt log's chain. In a lab, the lab's secret: each line's chain
/// value is HMAC-SHA256 over the previous value and the entry, so nobody without the
/// secret can edit a line and re-chain the rest. Outside a lab, no key: plain SHA-256,
/// which shows accidental and naive edits but not forgery.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ChainKey(Option<Vec<u8>>);

impl std::fmt::Debug for ChainKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the secret.
        f.write_str(if self.is_keyed() {
            "ChainKey(secret)"
        } else {
            "ChainKey(none)"
        })
    }
}

impl ChainKey {
    /// A chain keyed with a lab secret.
    pub fn secret(bytes: &[u8]) -> Self {
        Self(Some(bytes.to_vec()))
    }

    pub fn is_keyed(&self) -> bool {
        self.0.is_some()
    }

    /// The chain value after `previous` for an entry serialised as `entry_json`.
    pub fn next(&self, previous: &str, entry_json: &str) -> String {
        use hmac::Mac;
        use sha2::Digest;
        let digest = match self
            .0
            .as_deref()
            .map(hmac::Hmac::<sha2::Sha256>::new_from_slice)
        {
            Some(Ok(mut mac)) => {
                mac.update(previous.as_bytes());
                mac.update(b"|");
                mac.update(entry_json.as_bytes());
                mac.finalize().into_bytes().to_vec()
            }
            // HMAC takes a key of any length, so a keyed chain never lands here.
            Some(Err(_)) | None => {
                let mut hash = sha2::Sha256::new();
                hash.update(previous.as_bytes());
                hash.update(b"|");
                hash.update(entry_json.as_bytes());
                hash.finalize().to_vec()
            }
        };
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}
