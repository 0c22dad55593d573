// knowledge/resources.h — what every stage factory receives: the data pack and the options.
// Immutable after start-up; shared by all threads.
#ifndef ENTENTE_KNOWLEDGE_RESOURCES_H_
#define ENTENTE_KNOWLEDGE_RESOURCES_H_

#include <memory>

#include "entente/options.h"
#include "knowledge/pack.h"

namespace entente {

struct Resources {
  std::shared_ptr<const Pack> pack;
  Options options;
};

}  // namespace entente

#endif  // ENTENTE_KNOWLEDGE_RESOURCES_H_
