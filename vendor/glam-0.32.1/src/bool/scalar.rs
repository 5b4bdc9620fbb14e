pub mod bvec3a;
pub mod bvec4a;
