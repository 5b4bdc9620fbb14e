pub mod mat2;
pub mod mat3a;
pub mod mat4;
pub mod quat;
pub mod vec3a;
pub mod vec4;
