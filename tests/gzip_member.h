// tests/gzip_member.h — builds gzip data (one member per call) for reader tests and benchmarks.
#ifndef ENTENTE_TESTS_GZIP_MEMBER_H_
#define ENTENTE_TESTS_GZIP_MEMBER_H_

#include <zlib.h>

#include <string>
#include <string_view>

namespace entente::testing {

// One complete gzip member holding `bytes`; concatenated members form a multi-member file.
inline std::string GzipMember(std::string_view bytes) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, bytes.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(bytes.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_GZIP_MEMBER_H_
