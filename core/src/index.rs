//! Id → position lookup for the record tables, built at start-up without copying a single id:
//! an open-addressing table of positions, hashed with the Fx hash, probing linearly, whose
//! keys are read from the records themselves. (A `HashMap<String, usize>` would clone
//! 100,000 ids on a large dataset; this is one allocation.)

const EMPTY: u32 = u32::MAX;

#[derive(Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdIndex {
    slots: Vec<u32>,
}

/// A hash that is the same on every platform: the index is built natively at build time and
/// read by 32-bit wasm (rustc_hash's `FxHasher` works in `usize`, so its values differ there).
/// Fx-style: eight bytes at a time, rotate, xor, multiply, all in `u64`; only the low bits are
/// used (tables hold at most 2^32 slots).
fn hash(id: &str) -> usize {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let step = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(K);
    let bytes = id.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let mut h = 0u64;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = step(h, u64::from_le_bytes(word));
    }
    let rest = chunks.remainder();
    let mut word = [0u8; 8];
    word[..rest.len()].copy_from_slice(rest);
    h = step(step(h, u64::from_le_bytes(word)), bytes.len() as u64);
    ((h ^ (h >> 32)) & u64::from(u32::MAX)) as usize
}

impl IdIndex {
    /// Indexes `len` records by position, reading record `i`'s id with `id_of(i)`. On a
    /// repeated id the first keeps it (validation rejects duplicates before a dataset ships).
    pub fn build<'a>(len: usize, id_of: impl Fn(usize) -> &'a str) -> IdIndex {
        let size = (len * 2).next_power_of_two().max(2);
        let mut slots = vec![EMPTY; size];
        let mask = size - 1;
        for position in 0..len {
            let id = id_of(position);
            let mut slot = hash(id) & mask;
            loop {
                match slots[slot] {
                    EMPTY => {
                        slots[slot] = position as u32;
                        break;
                    }
                    taken if id_of(taken as usize) == id => break,
                    _ => slot = (slot + 1) & mask,
                }
            }
        }
        IdIndex { slots }
    }

    /// An index as decoded from the binary dataset, checked for `len` records: a power-of-two
    /// table with a free slot (so a lookup ends) whose positions are all records.
    pub(crate) fn checked(self, len: usize) -> Result<IdIndex, String> {
        let size = self.slots.len();
        let consistent = size.is_power_of_two()
            && self.slots.contains(&EMPTY)
            && self.slots.iter().all(|&p| p == EMPTY || (p as usize) < len);
        if consistent {
            Ok(self)
        } else {
            Err("an id index does not match its records".to_string())
        }
    }

    /// The position of `id`, reading each candidate's id with `id_of`.
    pub fn get<'a>(&self, id: &str, id_of: impl Fn(usize) -> &'a str) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = hash(id) & mask;
        loop {
            match self.slots[slot] {
                EMPTY => return None,
                position if id_of(position as usize) == id => return Some(position as usize),
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::IdIndex;

    /// The hash must not depend on the platform's word size: fixed values, checked natively
    /// here and in 32-bit wasm by the component tests (which look up every id).
    #[test]
    fn the_hash_is_the_same_everywhere() {
        assert_eq!(super::hash(""), 0);
        let values: Vec<usize> = ["deepseek", "qwen3-235b-a22b", "a"]
            .iter()
            .map(|id| super::hash(id))
            .collect();
        assert!(values.iter().all(|&v| v <= u32::MAX as usize));
        assert_eq!(values, HASHES);
    }
    const HASHES: [usize; 3] = [4_170_324_179, 2_557_604_970, 2_650_749_957];

    #[test]
    fn finds_every_id_and_nothing_else() {
        let ids: Vec<String> = (0..1000).map(|i| format!("model-{i}")).collect();
        let index = IdIndex::build(ids.len(), |p| &ids[p]);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(index.get(id, |p| &ids[p]), Some(i));
        }
        assert_eq!(index.get("model-1000", |p| &ids[p]), None);
        assert_eq!(index.get("", |p| &ids[p]), None);
        let empty = IdIndex::build(0, |_| -> &str { unreachable!() });
        assert_eq!(empty.get("x", |_: usize| -> &str { unreachable!() }), None);
    }

    #[test]
    fn a_repeated_id_keeps_its_first_position() {
        let ids = ["a", "b", "a"];
        let index = IdIndex::build(ids.len(), |p| ids[p]);
        assert_eq!(index.get("a", |p| ids[p]), Some(0));
    }
}
