#include "entente/pipeline.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

class FakeStage : public Stage {
 public:
  FakeStage(std::string name, FieldSet req, FieldSet asg) : name_(std::move(name)), req_(req), asg_(asg) {}
  std::string_view name() const override { return name_; }
  FieldSet requires_fields() const override { return req_; }
  FieldSet assigns_fields() const override { return asg_; }
  void Process(Doc& doc) const override { doc.text += name_; }

 private:
  std::string name_;
  FieldSet req_, asg_;
};

TEST(Pipeline, AcceptsStagesInDependencyOrder) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<FakeStage>("a", kFieldText, kFieldBody));
  stages.push_back(std::make_unique<FakeStage>("b", kFieldBody, kFieldLang));
  auto p = Pipeline::Create(std::move(stages));
  ASSERT_TRUE(p.ok()) << p.error();
  Doc doc;
  p->Process(doc);
  EXPECT_EQ(doc.text, "ab");
}

TEST(Pipeline, RejectsAStageWhoseInputNoEarlierStageAssigns) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<FakeStage>("b", kFieldBody | kFieldLang, kFieldTokens));
  stages.push_back(std::make_unique<FakeStage>("a", kFieldText, kFieldBody));
  auto p = Pipeline::Create(std::move(stages));
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.error().message().find("'b' requires body|lang"), std::string::npos)
      << p.error();
}

TEST(Pipeline, StopsAtTheFirstError) {
  class Failing : public FakeStage {
   public:
    Failing() : FakeStage("x", kFieldText, kFieldBody) {}
    void Process(Doc& doc) const override { doc.AddError("bad", "x failed"); }
  };
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<Failing>());
  stages.push_back(std::make_unique<FakeStage>("b", kFieldBody, kFieldLang));
  auto p = Pipeline::Create(std::move(stages));
  ASSERT_TRUE(p.ok());
  Doc doc;
  p->Process(doc);
  EXPECT_EQ(doc.text, "");
  EXPECT_EQ(doc.errors.size(), 1u);
}

TEST(Doc, ContentHashDependsOnIdAndText) {
  Doc a, b;
  a.id = "1"; a.text = "x";
  b.id = "1"; b.text = "x";
  EXPECT_EQ(a.ContentHash(), b.ContentHash());
  EXPECT_EQ(a.ContentHash().size(), 32u);
  b.text = "y";
  EXPECT_NE(a.ContentHash(), b.ContentHash());
  b.text = "x"; b.id = "2";
  EXPECT_NE(a.ContentHash(), b.ContentHash());
}

}  // namespace
}  // namespace entente
