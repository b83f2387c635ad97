export const id = 525;
export const ids = [525];
export const modules = {
6525:
(function (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
__webpack_require__.d(__webpack_exports__, {
"default": () => (__WEBPACK_DEFAULT_EXPORT__),
validate: () => ( validate)
});
const ajvRuntime_ucs2length = function ucs2length(str) {
const len = str.length;
let length = 0;
let pos = 0;
let value;
while (pos < len) {
length++;
value = str.charCodeAt(pos++);
if (value >= 0xd800 && value <= 0xdbff && pos < len) {
value = str.charCodeAt(pos);
if ((value & 0xfc00) === 0xdc00)
pos++;
}
}
return length;
};
const validate = validate10;
const __WEBPACK_DEFAULT_EXPORT__ = (validate10);
const schema11 = {"type":"object","required":["schema_version","tool","config","passed","summary","audits"],"properties":{"schema_version":{"type":"integer"},"tool":{"type":"object","required":["name","version"],"properties":{"name":{"const":"model-audit-gate"},"version":{"type":"string"}}},"config":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$"},"passed":{"type":"boolean"},"summary":{"type":"object","required":["gates","failed","warned","insufficient","passed"],"properties":{"gates":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0},"warned":{"type":"integer","minimum":0},"insufficient":{"type":"integer","minimum":0},"passed":{"type":"integer","minimum":0}}},"baseline":{"type":"object","properties":{"status":{"type":"string"},"source":{"type":"string"},"tool_version":{"type":"string"},"message":{"type":"string"}}},"run":{"type":"object","required":["started_at"],"properties":{"started_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"},"sha":{"type":"string","pattern":"^[0-9a-f]{7,64}$"},"ref":{"type":"string","maxLength":1024,"pattern":"^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$"},"run_id":{"type":"string","pattern":"^[0-9]{1,20}$"},"run_attempt":{"type":"integer","minimum":0}}},"history":{"type":"object","required":["patterns","limit","matched","runs","skipped","skipped_count"],"properties":{"patterns":{"type":"array","items":{"type":"string"},"maxItems":20},"limit":{"type":"integer","minimum":0},"matched":{"type":"integer","minimum":0},"runs":{"type":"array","maxItems":100,"items":{"type":"object","required":["file","started_at"],"properties":{"file":{"type":"string"},"started_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"},"sha":{"type":"string","pattern":"^[0-9a-f]{7,64}$"},"ref":{"type":"string","maxLength":1024,"pattern":"^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$"},"run_id":{"type":"string","pattern":"^[0-9]{1,20}$"},"run_attempt":{"type":"integer","minimum":0}}}},"skipped":{"type":"array","maxItems":50,"items":{"type":"object","required":["file","kind","reason"],"properties":{"file":{"type":"string"},"kind":{"enum":["notice","warning"]},"reason":{"type":"string"}}}},"skipped_count":{"type":"integer","minimum":0}}},"audits":{"type":"array","items":{"type":"object","required":["name","data","rows","dropped_rows","settings","overall","groups","disparities","gates","warnings","passed"],"properties":{"name":{"type":"string"},"description":{"type":"string"},"data":{"type":"array","items":{"type":"string"}},"rows":{"type":"integer","minimum":0},"dropped_rows":{"type":"integer","minimum":0},"settings":{"type":"object","required":["sensitive","intersections","min_group_size","metrics","zero_division"],"properties":{"sensitive":{"type":"array","items":{"type":"string"},"maxItems":32},"intersections":{"type":"array","maxItems":32,"items":{"type":"array","items":{"type":"string"},"maxItems":8}},"control":{"type":"array","items":{"type":"string"},"maxItems":8},"min_group_size":{"type":"integer","minimum":0},"min_positives":{"type":"integer","minimum":0},"min_negatives":{"type":"integer","minimum":0},"metrics":{"type":"array","items":{"type":"string"}},"zero_division":{"enum":["undefined","fairlearn"]},"reference":{"type":"object","additionalProperties":{"type":"string"}}}},"overall":{"type":"object","additionalProperties":{"type":["number","null"]}},"overall_undefined":{"type":"object","additionalProperties":{"type":"string"}},"overall_counts":{"type":"object","additionalProperties":{"type":"number"}},"overall_weighted":{"type":"object","required":["weight_sum","n_eff","counts","squares"],"properties":{"weight_sum":{"type":"number"},"n_eff":{"type":"number"},"counts":{"type":"object","additionalProperties":{"type":"number"}},"squares":{"type":"object","additionalProperties":{"type":"number"}}}},"overall_ci":{"type":"object","additionalProperties":{"anyOf":[{"type":"null"},{"type":"array","items":{"type":["number","null"]},"minItems":2,"maxItems":2}]}},"overall_delta":{"type":"object","additionalProperties":{"type":"object","properties":{"baseline":{"type":["number","null"]},"change":{"type":["number","null"]},"relative_change":{"type":["number","null"]},"outside_interval":{"type":["boolean","null"]}}}},"confidence":{"anyOf":[{"type":"null"},{"type":"object","required":["level","replicates","seed"],"properties":{"level":{"type":"number"},"replicates":{"type":"integer","minimum":0},"seed":{"type":"integer"}}}]},"baseline":{"type":"object","properties":{"status":{"type":"string"},"message":{"type":"string"}}},"groups":{"type":"array","items":{"type":"object","required":["attribute","group","key","present","count","metrics","undefined","sufficient"],"properties":{"attribute":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"group":{"type":"object","additionalProperties":{"type":"string"}},"key":{"type":"string"},"present":{"type":"boolean"},"count":{"type":"number"},"counts":{"type":"object","additionalProperties":{"type":"number"}},"weighted":{"type":"object","required":["weight_sum","n_eff","counts","squares"],"properties":{"weight_sum":{"type":"number"},"n_eff":{"type":"number"},"counts":{"type":"object","additionalProperties":{"type":"number"}},"squares":{"type":"object","additionalProperties":{"type":"number"}}}},"metrics":{"type":"object","additionalProperties":{"type":["number","null"]}},"undefined":{"type":"object","additionalProperties":{"type":"string"}},"sufficient":{"type":"boolean"},"insufficient_reason":{"type":"string"},"insufficient_for":{"type":"object","additionalProperties":{"type":"string"}},"ci":{"type":"object","additionalProperties":{"anyOf":[{"type":"null"},{"type":"array","items":{"type":["number","null"]},"minItems":2,"maxItems":2}]}},"deltas":{"type":"object","additionalProperties":{"type":"object","properties":{"baseline":{"type":["number","null"]},"change":{"type":["number","null"]},"relative_change":{"type":["number","null"]},"outside_interval":{"type":["boolean","null"]}}}}}}},"disparities":{"type":"array","items":{"type":"object","required":["attribute","metric","value","groups"],"properties":{"attribute":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"metric":{"type":"string"},"method":{"type":["string","null"]},"value":{"type":["number","null"]},"groups":{"type":"array","items":{"type":"string"}},"ci":{"anyOf":[{"type":"null"},{"type":"array","items":{"type":["number","null"]},"minItems":2,"maxItems":2}]},"delta":{"type":"object","properties":{"baseline":{"type":["number","null"]},"change":{"type":["number","null"]},"relative_change":{"type":["number","null"]},"outside_interval":{"type":["boolean","null"]}}}}},"maxItems":26496},"control":{"type":"object","required":["columns","levels","worst"],"properties":{"columns":{"type":"array","items":{"type":"string"},"maxItems":8},"levels":{"type":"array","maxItems":200,"items":{"type":"object","required":["level","control","rows","overall","overall_undefined","overall_counts","groups","disparities"],"properties":{"level":{"type":"string"},"control":{"type":"object","additionalProperties":{"type":"string"}},"rows":{"type":"integer","minimum":0},"overall":{"type":"object","additionalProperties":{"type":["number","null"]}},"overall_undefined":{"type":"object","additionalProperties":{"type":"string"}},"overall_counts":{"type":"object","additionalProperties":{"type":"number"}},"overall_ci":{"type":"object","additionalProperties":{"anyOf":[{"type":"null"},{"type":"array","items":{"type":["number","null"]},"minItems":2,"maxItems":2}]}},"overall_delta":{"type":"object","additionalProperties":{"type":"object","properties":{"baseline":{"type":["number","null"]},"change":{"type":["number","null"]},"relative_change":{"type":["number","null"]},"outside_interval":{"type":["boolean","null"]}}}},"groups":{"type":"array","items":{"type":"object","required":["attribute","group","key","present","count","metrics","undefined","sufficient"],"properties":{"attribute":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"group":{"type":"object","additionalProperties":{"type":"string"}},"key":{"type":"string"},"present":{"type":"boolean"},"count":{"type":"number"},"counts":{"type":"object","additionalProperties":{"type":"number"}},"weighted":{"type":"object","required":["weight_sum","n_eff","counts","squares"],"properties":{"weight_sum":{"type":"number"},"n_eff":{"type":"number"},"counts":{"type":"object","additionalProperties":{"type":"number"}},"squares":{"type":"object","additionalProperties":{"type":"number"}}}},"metrics":{"type":"object","additionalProperties":{"type":["number","null"]}},"undefined":{"type":"object","additionalProperties":{"type":"string"}},"sufficient":{"type":"boolean"},"insufficient_reason":{"type":"string"},"insufficient_for":{"type":"object","additionalProperties":{"type":"string"}},"ci":{"type":"object","additionalProperties":{"anyOf":[{"type":"null"},{"type":"array","items":{"type":["number","null"]},"minItems":2,"maxItems":2}]}},"deltas":{"type":"object","additionalProperties":{"type":"object","properties":{"baseline":{"type":["number","null"]},"change":{"type":["number","null"]},"relative_change":{"type":["number","null"]},"outside_interval":{"type":["boolean","null"]}}}}}}},"disparities":{"type":"array","items":{"type":"object","required":["attribute","metric","value","groups"],"properties":{"attribute":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"metric":{"type":"string"},"method":{"type":["string","null"]},"value":{"type":["number","null"]},"groups":{"type":"array","items":{"type":"string"}},"ci":{"anyOf":[{"type":"null"},{"type":"array","items":{"type":["number","null"]},"minItems":2,"maxItems":2}]},"delta":{"type":"object","properties":{"baseline":{"type":["number","null"]},"change":{"type":["number","null"]},"relative_change":{"type":["number","null"]},"outside_interval":{"type":["boolean","null"]}}}}},"maxItems":26496}}}},"worst":{"type":"array","maxItems":26496,"items":{"type":"object","required":["attribute","metric","level","value"],"properties":{"attribute":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"metric":{"type":"string"},"method":{"type":["string","null"]},"level":{"type":["string","null"]},"value":{"type":["number","null"]}}}}}},"gates":{"type":"array","items":{"type":"object","required":["metric","attribute","each_group","value","threshold","status","level","effect","message","groups","line"],"properties":{"metric":{"type":"string"},"name":{"type":"string"},"attribute":{"anyOf":[{"type":"null"},{"type":"string"},{"type":"array","items":{"type":"string"}}]},"method":{"type":"string"},"agg":{"enum":["mean"]},"each_group":{"type":"boolean"},"value":{"type":["number","null"]},"threshold":{"type":"object","additionalProperties":false,"properties":{"min":{"type":"number"},"max":{"type":"number"}}},"change":{"type":"object","additionalProperties":false,"properties":{"max_increase":{"type":"number"},"max_decrease":{"type":"number"},"max_relative_change":{"type":"number"}}},"on":{"enum":["point","interval"]},"status":{"enum":["pass","warn","fail","insufficient"]},"level":{"enum":["error","warning"]},"effect":{"enum":["pass","warn","fail"]},"message":{"type":"string"},"groups":{"type":"array","items":{"type":"string"}},"skipped":{"type":"array","items":{"type":"object","properties":{"group":{"type":"string"},"reason":{"type":"string"}}}},"line":{"type":"integer","minimum":0},"ci":{"anyOf":[{"type":"null"},{"type":"array","items":{"type":["number","null"]},"minItems":2,"maxItems":2}]},"delta":{"type":"object","properties":{"baseline":{"type":["number","null"]},"change":{"type":["number","null"]},"relative_change":{"type":["number","null"]},"outside_interval":{"type":["boolean","null"]}}},"reference":{"type":"object","properties":{"group":{"type":["string","null"]},"chosen":{"type":"string"}}},"against":{"enum":["history_median"]},"min_history":{"type":"integer","minimum":0},"history":{"type":"object","required":["values","count","median"],"properties":{"values":{"type":"array","items":{"type":["number","null"]},"maxItems":100},"count":{"type":"integer","minimum":0},"median":{"type":["number","null"]}}},"control":{"type":"object","required":["level","chosen","levels"],"properties":{"level":{"type":"string"},"chosen":{"enum":["named","worst"]},"levels":{"type":"array","maxItems":200,"items":{"type":"object","required":["level","status"],"properties":{"level":{"type":"string"},"value":{"type":["number","null"]},"status":{"enum":["pass","warn","fail","insufficient"]}}}}}}}},"maxItems":3200},"warnings":{"type":"array","items":{"type":"string"}},"passed":{"type":"boolean"}}},"maxItems":50}}};
const func2 = ajvRuntime_ucs2length;
const pattern0 = new RegExp("^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$", "u");
const pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$", "u");
const pattern2 = new RegExp("^[0-9a-f]{7,64}$", "u");
const pattern4 = new RegExp("^[0-9]{1,20}$", "u");
function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.tool === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.config === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.passed === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "passed"},message:"must have required property '"+"passed"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.summary === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.audits === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "audits"},message:"must have required property '"+"audits"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.schema_version !== undefined){
let data0 = data.schema_version;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err6 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.tool !== undefined){
let data1 = data.tool;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err7 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.version === undefined){
const err8 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.name !== undefined){
if("model-audit-gate" !== data1.name){
const err9 = {instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/const",keyword:"const",params:{allowedValue: "model-audit-gate"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.version !== undefined){
if(typeof data1.version !== "string"){
const err10 = {instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.config !== undefined){
let data4 = data.config;
if(typeof data4 === "string"){
if(func2(data4) > 1024){
const err12 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data4) < 1){
const err13 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern0.test(data4)){
const err14 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/pattern",keyword:"pattern",params:{pattern: "^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$"},message:"must match pattern \""+"^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.passed !== undefined){
if(typeof data.passed !== "boolean"){
const err16 = {instancePath:instancePath+"/passed",schemaPath:"#/properties/passed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.summary !== undefined){
let data6 = data.summary;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.gates === undefined){
const err17 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "gates"},message:"must have required property '"+"gates"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.failed === undefined){
const err18 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "failed"},message:"must have required property '"+"failed"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6.warned === undefined){
const err19 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "warned"},message:"must have required property '"+"warned"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6.insufficient === undefined){
const err20 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "insufficient"},message:"must have required property '"+"insufficient"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.passed === undefined){
const err21 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "passed"},message:"must have required property '"+"passed"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.gates !== undefined){
let data7 = data6.gates;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err22 = {instancePath:instancePath+"/summary/gates",schemaPath:"#/properties/summary/properties/gates/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/summary/gates",schemaPath:"#/properties/summary/properties/gates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data6.failed !== undefined){
let data8 = data6.failed;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err24 = {instancePath:instancePath+"/summary/failed",schemaPath:"#/properties/summary/properties/failed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/summary/failed",schemaPath:"#/properties/summary/properties/failed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data6.warned !== undefined){
let data9 = data6.warned;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err26 = {instancePath:instancePath+"/summary/warned",schemaPath:"#/properties/summary/properties/warned/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/summary/warned",schemaPath:"#/properties/summary/properties/warned/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data6.insufficient !== undefined){
let data10 = data6.insufficient;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err28 = {instancePath:instancePath+"/summary/insufficient",schemaPath:"#/properties/summary/properties/insufficient/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err29 = {instancePath:instancePath+"/summary/insufficient",schemaPath:"#/properties/summary/properties/insufficient/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data6.passed !== undefined){
let data11 = data6.passed;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err30 = {instancePath:instancePath+"/summary/passed",schemaPath:"#/properties/summary/properties/passed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err31 = {instancePath:instancePath+"/summary/passed",schemaPath:"#/properties/summary/properties/passed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.baseline !== undefined){
let data12 = data.baseline;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.status !== undefined){
if(typeof data12.status !== "string"){
const err33 = {instancePath:instancePath+"/baseline/status",schemaPath:"#/properties/baseline/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.source !== undefined){
if(typeof data12.source !== "string"){
const err34 = {instancePath:instancePath+"/baseline/source",schemaPath:"#/properties/baseline/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data12.tool_version !== undefined){
if(typeof data12.tool_version !== "string"){
const err35 = {instancePath:instancePath+"/baseline/tool_version",schemaPath:"#/properties/baseline/properties/tool_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data12.message !== undefined){
if(typeof data12.message !== "string"){
const err36 = {instancePath:instancePath+"/baseline/message",schemaPath:"#/properties/baseline/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.run !== undefined){
let data17 = data.run;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.started_at === undefined){
const err38 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "started_at"},message:"must have required property '"+"started_at"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data17.started_at !== undefined){
let data18 = data17.started_at;
if(typeof data18 === "string"){
if(!pattern1.test(data18)){
const err39 = {instancePath:instancePath+"/run/started_at",schemaPath:"#/properties/run/properties/started_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/run/started_at",schemaPath:"#/properties/run/properties/started_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data17.sha !== undefined){
let data19 = data17.sha;
if(typeof data19 === "string"){
if(!pattern2.test(data19)){
const err41 = {instancePath:instancePath+"/run/sha",schemaPath:"#/properties/run/properties/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{7,64}$"},message:"must match pattern \""+"^[0-9a-f]{7,64}$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/run/sha",schemaPath:"#/properties/run/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data17.ref !== undefined){
let data20 = data17.ref;
if(typeof data20 === "string"){
if(func2(data20) > 1024){
const err43 = {instancePath:instancePath+"/run/ref",schemaPath:"#/properties/run/properties/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!pattern0.test(data20)){
const err44 = {instancePath:instancePath+"/run/ref",schemaPath:"#/properties/run/properties/ref/pattern",keyword:"pattern",params:{pattern: "^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$"},message:"must match pattern \""+"^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/run/ref",schemaPath:"#/properties/run/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data17.run_id !== undefined){
let data21 = data17.run_id;
if(typeof data21 === "string"){
if(!pattern4.test(data21)){
const err46 = {instancePath:instancePath+"/run/run_id",schemaPath:"#/properties/run/properties/run_id/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,20}$"},message:"must match pattern \""+"^[0-9]{1,20}$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/run/run_id",schemaPath:"#/properties/run/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data17.run_attempt !== undefined){
let data22 = data17.run_attempt;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err48 = {instancePath:instancePath+"/run/run_attempt",schemaPath:"#/properties/run/properties/run_attempt/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err49 = {instancePath:instancePath+"/run/run_attempt",schemaPath:"#/properties/run/properties/run_attempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
else {
const err50 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.history !== undefined){
let data23 = data.history;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.patterns === undefined){
const err51 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/required",keyword:"required",params:{missingProperty: "patterns"},message:"must have required property '"+"patterns"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data23.limit === undefined){
const err52 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data23.matched === undefined){
const err53 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/required",keyword:"required",params:{missingProperty: "matched"},message:"must have required property '"+"matched"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data23.runs === undefined){
const err54 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/required",keyword:"required",params:{missingProperty: "runs"},message:"must have required property '"+"runs"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data23.skipped === undefined){
const err55 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/required",keyword:"required",params:{missingProperty: "skipped"},message:"must have required property '"+"skipped"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data23.skipped_count === undefined){
const err56 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/required",keyword:"required",params:{missingProperty: "skipped_count"},message:"must have required property '"+"skipped_count"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data23.patterns !== undefined){
let data24 = data23.patterns;
if(Array.isArray(data24)){
if(data24.length > 20){
const err57 = {instancePath:instancePath+"/history/patterns",schemaPath:"#/properties/history/properties/patterns/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
const len0 = data24.length;
for(let i0=0; i0<len0; i0++){
if(typeof data24[i0] !== "string"){
const err58 = {instancePath:instancePath+"/history/patterns/" + i0,schemaPath:"#/properties/history/properties/patterns/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/history/patterns",schemaPath:"#/properties/history/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data23.limit !== undefined){
let data26 = data23.limit;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err60 = {instancePath:instancePath+"/history/limit",schemaPath:"#/properties/history/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err61 = {instancePath:instancePath+"/history/limit",schemaPath:"#/properties/history/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
if(data23.matched !== undefined){
let data27 = data23.matched;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err62 = {instancePath:instancePath+"/history/matched",schemaPath:"#/properties/history/properties/matched/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err63 = {instancePath:instancePath+"/history/matched",schemaPath:"#/properties/history/properties/matched/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
if(data23.runs !== undefined){
let data28 = data23.runs;
if(Array.isArray(data28)){
if(data28.length > 100){
const err64 = {instancePath:instancePath+"/history/runs",schemaPath:"#/properties/history/properties/runs/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const len1 = data28.length;
for(let i1=0; i1<len1; i1++){
let data29 = data28[i1];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.file === undefined){
const err65 = {instancePath:instancePath+"/history/runs/" + i1,schemaPath:"#/properties/history/properties/runs/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data29.started_at === undefined){
const err66 = {instancePath:instancePath+"/history/runs/" + i1,schemaPath:"#/properties/history/properties/runs/items/required",keyword:"required",params:{missingProperty: "started_at"},message:"must have required property '"+"started_at"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data29.file !== undefined){
if(typeof data29.file !== "string"){
const err67 = {instancePath:instancePath+"/history/runs/" + i1+"/file",schemaPath:"#/properties/history/properties/runs/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data29.started_at !== undefined){
let data31 = data29.started_at;
if(typeof data31 === "string"){
if(!pattern1.test(data31)){
const err68 = {instancePath:instancePath+"/history/runs/" + i1+"/started_at",schemaPath:"#/properties/history/properties/runs/items/properties/started_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"+"\""};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/history/runs/" + i1+"/started_at",schemaPath:"#/properties/history/properties/runs/items/properties/started_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data29.sha !== undefined){
let data32 = data29.sha;
if(typeof data32 === "string"){
if(!pattern2.test(data32)){
const err70 = {instancePath:instancePath+"/history/runs/" + i1+"/sha",schemaPath:"#/properties/history/properties/runs/items/properties/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{7,64}$"},message:"must match pattern \""+"^[0-9a-f]{7,64}$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/history/runs/" + i1+"/sha",schemaPath:"#/properties/history/properties/runs/items/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data29.ref !== undefined){
let data33 = data29.ref;
if(typeof data33 === "string"){
if(func2(data33) > 1024){
const err72 = {instancePath:instancePath+"/history/runs/" + i1+"/ref",schemaPath:"#/properties/history/properties/runs/items/properties/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!pattern0.test(data33)){
const err73 = {instancePath:instancePath+"/history/runs/" + i1+"/ref",schemaPath:"#/properties/history/properties/runs/items/properties/ref/pattern",keyword:"pattern",params:{pattern: "^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$"},message:"must match pattern \""+"^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/history/runs/" + i1+"/ref",schemaPath:"#/properties/history/properties/runs/items/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data29.run_id !== undefined){
let data34 = data29.run_id;
if(typeof data34 === "string"){
if(!pattern4.test(data34)){
const err75 = {instancePath:instancePath+"/history/runs/" + i1+"/run_id",schemaPath:"#/properties/history/properties/runs/items/properties/run_id/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,20}$"},message:"must match pattern \""+"^[0-9]{1,20}$"+"\""};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/history/runs/" + i1+"/run_id",schemaPath:"#/properties/history/properties/runs/items/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data29.run_attempt !== undefined){
let data35 = data29.run_attempt;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err77 = {instancePath:instancePath+"/history/runs/" + i1+"/run_attempt",schemaPath:"#/properties/history/properties/runs/items/properties/run_attempt/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 < 0 || isNaN(data35)){
const err78 = {instancePath:instancePath+"/history/runs/" + i1+"/run_attempt",schemaPath:"#/properties/history/properties/runs/items/properties/run_attempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
}
else {
const err79 = {instancePath:instancePath+"/history/runs/" + i1,schemaPath:"#/properties/history/properties/runs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/history/runs",schemaPath:"#/properties/history/properties/runs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data23.skipped !== undefined){
let data36 = data23.skipped;
if(Array.isArray(data36)){
if(data36.length > 50){
const err81 = {instancePath:instancePath+"/history/skipped",schemaPath:"#/properties/history/properties/skipped/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
const len2 = data36.length;
for(let i2=0; i2<len2; i2++){
let data37 = data36[i2];
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.file === undefined){
const err82 = {instancePath:instancePath+"/history/skipped/" + i2,schemaPath:"#/properties/history/properties/skipped/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data37.kind === undefined){
const err83 = {instancePath:instancePath+"/history/skipped/" + i2,schemaPath:"#/properties/history/properties/skipped/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data37.reason === undefined){
const err84 = {instancePath:instancePath+"/history/skipped/" + i2,schemaPath:"#/properties/history/properties/skipped/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data37.file !== undefined){
if(typeof data37.file !== "string"){
const err85 = {instancePath:instancePath+"/history/skipped/" + i2+"/file",schemaPath:"#/properties/history/properties/skipped/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data37.kind !== undefined){
let data39 = data37.kind;
if(!((data39 === "notice") || (data39 === "warning"))){
const err86 = {instancePath:instancePath+"/history/skipped/" + i2+"/kind",schemaPath:"#/properties/history/properties/skipped/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.history.properties.skipped.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data37.reason !== undefined){
if(typeof data37.reason !== "string"){
const err87 = {instancePath:instancePath+"/history/skipped/" + i2+"/reason",schemaPath:"#/properties/history/properties/skipped/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/history/skipped/" + i2,schemaPath:"#/properties/history/properties/skipped/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/history/skipped",schemaPath:"#/properties/history/properties/skipped/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data23.skipped_count !== undefined){
let data41 = data23.skipped_count;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err90 = {instancePath:instancePath+"/history/skipped_count",schemaPath:"#/properties/history/properties/skipped_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 < 0 || isNaN(data41)){
const err91 = {instancePath:instancePath+"/history/skipped_count",schemaPath:"#/properties/history/properties/skipped_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
}
else {
const err92 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.audits !== undefined){
let data42 = data.audits;
if(Array.isArray(data42)){
if(data42.length > 50){
const err93 = {instancePath:instancePath+"/audits",schemaPath:"#/properties/audits/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
const len3 = data42.length;
for(let i3=0; i3<len3; i3++){
let data43 = data42[i3];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.name === undefined){
const err94 = {instancePath:instancePath+"/audits/" + i3,schemaPath:"#/properties/audits/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data43.data === undefined){
const err95 = {instancePath:instancePath+"/audits/" + i3,schemaPath:"#/properties/audits/items/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data43.rows === undefined){
const err96 = {instancePath:instancePath+"/audits/" + i3,schemaPath:"#/properties/audits/items/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data43.dropped_rows === undefined){
const err97 = {instancePath:instancePath+"/audits/" + i3,schemaPath:"#/properties/audits/items/required",keyword:"required",params:{missingProperty: "dropped_rows"},message:"must have required property '"+"dropped_rows"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data43.settings === undefined){
const err98 = {instancePath:instancePath+"/audits/" + i3,schemaPath:"#/properties/audits/items/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data43.overall === undefined){
const err99 = {instancePath:instancePath+"/audits/" + i3,schemaPath:"#/properties/audits/items/required",keyword:"required",params:{missingProperty: "overall"},message:"must have required property '"+"overall"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data43.groups === undefined){
const err100 = {instancePath:instancePath+"/audits/" + i3,schemaPath:"#/properties/audits/items/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data43.disparities === undefined){
const err101 = {instancePath:instancePath+"/audits/" + i3,schemaPath:"#/properties/audits/items/required",keyword:"required",params:{missingProperty: "disparities"},message:"must have required property '"+"disparities"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data43.gates === undefined){
const err102 = {instancePath:instancePath+"/audits/" + i3,schemaPath:"#/properties/audits/items/required",keyword:"required",params:{missingProperty: "gates"},message:"must have required property '"+"gates"+"'"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data43.warnings === undefined){
const err103 = {instancePath:instancePath+"/audits/" + i3,schemaPath:"#/properties/audits/items/required",keyword:"required",params:{missingProperty: "warnings"},message:"must have required property '"+"warnings"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data43.passed === undefined){
const err104 = {instancePath:instancePath+"/audits/" + i3,schemaPath:"#/properties/audits/items/required",keyword:"required",params:{missingProperty: "passed"},message:"must have required property '"+"passed"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data43.name !== undefined){
if(typeof data43.name !== "string"){
const err105 = {instancePath:instancePath+"/audits/" + i3+"/name",schemaPath:"#/properties/audits/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data43.description !== undefined){
if(typeof data43.description !== "string"){
const err106 = {instancePath:instancePath+"/audits/" + i3+"/description",schemaPath:"#/properties/audits/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data43.data !== undefined){
let data46 = data43.data;
if(Array.isArray(data46)){
const len4 = data46.length;
for(let i4=0; i4<len4; i4++){
if(typeof data46[i4] !== "string"){
const err107 = {instancePath:instancePath+"/audits/" + i3+"/data/" + i4,schemaPath:"#/properties/audits/items/properties/data/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/audits/" + i3+"/data",schemaPath:"#/properties/audits/items/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data43.rows !== undefined){
let data48 = data43.rows;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err109 = {instancePath:instancePath+"/audits/" + i3+"/rows",schemaPath:"#/properties/audits/items/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err110 = {instancePath:instancePath+"/audits/" + i3+"/rows",schemaPath:"#/properties/audits/items/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
if(data43.dropped_rows !== undefined){
let data49 = data43.dropped_rows;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err111 = {instancePath:instancePath+"/audits/" + i3+"/dropped_rows",schemaPath:"#/properties/audits/items/properties/dropped_rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 0 || isNaN(data49)){
const err112 = {instancePath:instancePath+"/audits/" + i3+"/dropped_rows",schemaPath:"#/properties/audits/items/properties/dropped_rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
if(data43.settings !== undefined){
let data50 = data43.settings;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.sensitive === undefined){
const err113 = {instancePath:instancePath+"/audits/" + i3+"/settings",schemaPath:"#/properties/audits/items/properties/settings/required",keyword:"required",params:{missingProperty: "sensitive"},message:"must have required property '"+"sensitive"+"'"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data50.intersections === undefined){
const err114 = {instancePath:instancePath+"/audits/" + i3+"/settings",schemaPath:"#/properties/audits/items/properties/settings/required",keyword:"required",params:{missingProperty: "intersections"},message:"must have required property '"+"intersections"+"'"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data50.min_group_size === undefined){
const err115 = {instancePath:instancePath+"/audits/" + i3+"/settings",schemaPath:"#/properties/audits/items/properties/settings/required",keyword:"required",params:{missingProperty: "min_group_size"},message:"must have required property '"+"min_group_size"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data50.metrics === undefined){
const err116 = {instancePath:instancePath+"/audits/" + i3+"/settings",schemaPath:"#/properties/audits/items/properties/settings/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data50.zero_division === undefined){
const err117 = {instancePath:instancePath+"/audits/" + i3+"/settings",schemaPath:"#/properties/audits/items/properties/settings/required",keyword:"required",params:{missingProperty: "zero_division"},message:"must have required property '"+"zero_division"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data50.sensitive !== undefined){
let data51 = data50.sensitive;
if(Array.isArray(data51)){
if(data51.length > 32){
const err118 = {instancePath:instancePath+"/audits/" + i3+"/settings/sensitive",schemaPath:"#/properties/audits/items/properties/settings/properties/sensitive/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
const len5 = data51.length;
for(let i5=0; i5<len5; i5++){
if(typeof data51[i5] !== "string"){
const err119 = {instancePath:instancePath+"/audits/" + i3+"/settings/sensitive/" + i5,schemaPath:"#/properties/audits/items/properties/settings/properties/sensitive/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/audits/" + i3+"/settings/sensitive",schemaPath:"#/properties/audits/items/properties/settings/properties/sensitive/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data50.intersections !== undefined){
let data53 = data50.intersections;
if(Array.isArray(data53)){
if(data53.length > 32){
const err121 = {instancePath:instancePath+"/audits/" + i3+"/settings/intersections",schemaPath:"#/properties/audits/items/properties/settings/properties/intersections/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
const len6 = data53.length;
for(let i6=0; i6<len6; i6++){
let data54 = data53[i6];
if(Array.isArray(data54)){
if(data54.length > 8){
const err122 = {instancePath:instancePath+"/audits/" + i3+"/settings/intersections/" + i6,schemaPath:"#/properties/audits/items/properties/settings/properties/intersections/items/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
const len7 = data54.length;
for(let i7=0; i7<len7; i7++){
if(typeof data54[i7] !== "string"){
const err123 = {instancePath:instancePath+"/audits/" + i3+"/settings/intersections/" + i6+"/" + i7,schemaPath:"#/properties/audits/items/properties/settings/properties/intersections/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/audits/" + i3+"/settings/intersections/" + i6,schemaPath:"#/properties/audits/items/properties/settings/properties/intersections/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/audits/" + i3+"/settings/intersections",schemaPath:"#/properties/audits/items/properties/settings/properties/intersections/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data50.control !== undefined){
let data56 = data50.control;
if(Array.isArray(data56)){
if(data56.length > 8){
const err126 = {instancePath:instancePath+"/audits/" + i3+"/settings/control",schemaPath:"#/properties/audits/items/properties/settings/properties/control/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
const len8 = data56.length;
for(let i8=0; i8<len8; i8++){
if(typeof data56[i8] !== "string"){
const err127 = {instancePath:instancePath+"/audits/" + i3+"/settings/control/" + i8,schemaPath:"#/properties/audits/items/properties/settings/properties/control/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/audits/" + i3+"/settings/control",schemaPath:"#/properties/audits/items/properties/settings/properties/control/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data50.min_group_size !== undefined){
let data58 = data50.min_group_size;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
const err129 = {instancePath:instancePath+"/audits/" + i3+"/settings/min_group_size",schemaPath:"#/properties/audits/items/properties/settings/properties/min_group_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 < 0 || isNaN(data58)){
const err130 = {instancePath:instancePath+"/audits/" + i3+"/settings/min_group_size",schemaPath:"#/properties/audits/items/properties/settings/properties/min_group_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
if(data50.min_positives !== undefined){
let data59 = data50.min_positives;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
const err131 = {instancePath:instancePath+"/audits/" + i3+"/settings/min_positives",schemaPath:"#/properties/audits/items/properties/settings/properties/min_positives/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 < 0 || isNaN(data59)){
const err132 = {instancePath:instancePath+"/audits/" + i3+"/settings/min_positives",schemaPath:"#/properties/audits/items/properties/settings/properties/min_positives/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
if(data50.min_negatives !== undefined){
let data60 = data50.min_negatives;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err133 = {instancePath:instancePath+"/audits/" + i3+"/settings/min_negatives",schemaPath:"#/properties/audits/items/properties/settings/properties/min_negatives/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 < 0 || isNaN(data60)){
const err134 = {instancePath:instancePath+"/audits/" + i3+"/settings/min_negatives",schemaPath:"#/properties/audits/items/properties/settings/properties/min_negatives/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
if(data50.metrics !== undefined){
let data61 = data50.metrics;
if(Array.isArray(data61)){
const len9 = data61.length;
for(let i9=0; i9<len9; i9++){
if(typeof data61[i9] !== "string"){
const err135 = {instancePath:instancePath+"/audits/" + i3+"/settings/metrics/" + i9,schemaPath:"#/properties/audits/items/properties/settings/properties/metrics/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
else {
const err136 = {instancePath:instancePath+"/audits/" + i3+"/settings/metrics",schemaPath:"#/properties/audits/items/properties/settings/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data50.zero_division !== undefined){
let data63 = data50.zero_division;
if(!((data63 === "undefined") || (data63 === "fairlearn"))){
const err137 = {instancePath:instancePath+"/audits/" + i3+"/settings/zero_division",schemaPath:"#/properties/audits/items/properties/settings/properties/zero_division/enum",keyword:"enum",params:{allowedValues: schema11.properties.audits.items.properties.settings.properties.zero_division.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data50.reference !== undefined){
let data64 = data50.reference;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key0 in data64){
if(typeof data64[key0] !== "string"){
const err138 = {instancePath:instancePath+"/audits/" + i3+"/settings/reference/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/settings/properties/reference/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
else {
const err139 = {instancePath:instancePath+"/audits/" + i3+"/settings/reference",schemaPath:"#/properties/audits/items/properties/settings/properties/reference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/audits/" + i3+"/settings",schemaPath:"#/properties/audits/items/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data43.overall !== undefined){
let data66 = data43.overall;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key1 in data66){
let data67 = data66[key1];
if((!((typeof data67 == "number") && (isFinite(data67)))) && (data67 !== null)){
const err141 = {instancePath:instancePath+"/audits/" + i3+"/overall/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/overall/additionalProperties/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.overall.additionalProperties.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/audits/" + i3+"/overall",schemaPath:"#/properties/audits/items/properties/overall/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data43.overall_undefined !== undefined){
let data68 = data43.overall_undefined;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key2 in data68){
if(typeof data68[key2] !== "string"){
const err143 = {instancePath:instancePath+"/audits/" + i3+"/overall_undefined/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/overall_undefined/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/audits/" + i3+"/overall_undefined",schemaPath:"#/properties/audits/items/properties/overall_undefined/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data43.overall_counts !== undefined){
let data70 = data43.overall_counts;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
for(const key3 in data70){
let data71 = data70[key3];
if(!((typeof data71 == "number") && (isFinite(data71)))){
const err145 = {instancePath:instancePath+"/audits/" + i3+"/overall_counts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/overall_counts/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/audits/" + i3+"/overall_counts",schemaPath:"#/properties/audits/items/properties/overall_counts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data43.overall_weighted !== undefined){
let data72 = data43.overall_weighted;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.weight_sum === undefined){
const err147 = {instancePath:instancePath+"/audits/" + i3+"/overall_weighted",schemaPath:"#/properties/audits/items/properties/overall_weighted/required",keyword:"required",params:{missingProperty: "weight_sum"},message:"must have required property '"+"weight_sum"+"'"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(data72.n_eff === undefined){
const err148 = {instancePath:instancePath+"/audits/" + i3+"/overall_weighted",schemaPath:"#/properties/audits/items/properties/overall_weighted/required",keyword:"required",params:{missingProperty: "n_eff"},message:"must have required property '"+"n_eff"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data72.counts === undefined){
const err149 = {instancePath:instancePath+"/audits/" + i3+"/overall_weighted",schemaPath:"#/properties/audits/items/properties/overall_weighted/required",keyword:"required",params:{missingProperty: "counts"},message:"must have required property '"+"counts"+"'"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(data72.squares === undefined){
const err150 = {instancePath:instancePath+"/audits/" + i3+"/overall_weighted",schemaPath:"#/properties/audits/items/properties/overall_weighted/required",keyword:"required",params:{missingProperty: "squares"},message:"must have required property '"+"squares"+"'"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data72.weight_sum !== undefined){
let data73 = data72.weight_sum;
if(!((typeof data73 == "number") && (isFinite(data73)))){
const err151 = {instancePath:instancePath+"/audits/" + i3+"/overall_weighted/weight_sum",schemaPath:"#/properties/audits/items/properties/overall_weighted/properties/weight_sum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data72.n_eff !== undefined){
let data74 = data72.n_eff;
if(!((typeof data74 == "number") && (isFinite(data74)))){
const err152 = {instancePath:instancePath+"/audits/" + i3+"/overall_weighted/n_eff",schemaPath:"#/properties/audits/items/properties/overall_weighted/properties/n_eff/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data72.counts !== undefined){
let data75 = data72.counts;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
for(const key4 in data75){
let data76 = data75[key4];
if(!((typeof data76 == "number") && (isFinite(data76)))){
const err153 = {instancePath:instancePath+"/audits/" + i3+"/overall_weighted/counts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/overall_weighted/properties/counts/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/audits/" + i3+"/overall_weighted/counts",schemaPath:"#/properties/audits/items/properties/overall_weighted/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data72.squares !== undefined){
let data77 = data72.squares;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
for(const key5 in data77){
let data78 = data77[key5];
if(!((typeof data78 == "number") && (isFinite(data78)))){
const err155 = {instancePath:instancePath+"/audits/" + i3+"/overall_weighted/squares/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/overall_weighted/properties/squares/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/audits/" + i3+"/overall_weighted/squares",schemaPath:"#/properties/audits/items/properties/overall_weighted/properties/squares/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/audits/" + i3+"/overall_weighted",schemaPath:"#/properties/audits/items/properties/overall_weighted/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data43.overall_ci !== undefined){
let data79 = data43.overall_ci;
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
for(const key6 in data79){
let data80 = data79[key6];
const _errs166 = errors;
let valid38 = false;
const _errs167 = errors;
if(data80 !== null){
const err158 = {instancePath:instancePath+"/audits/" + i3+"/overall_ci/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/overall_ci/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
var _valid0 = _errs167 === errors;
valid38 = valid38 || _valid0;
if(!valid38){
const _errs169 = errors;
if(Array.isArray(data80)){
if(data80.length > 2){
const err159 = {instancePath:instancePath+"/audits/" + i3+"/overall_ci/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/overall_ci/additionalProperties/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data80.length < 2){
const err160 = {instancePath:instancePath+"/audits/" + i3+"/overall_ci/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/overall_ci/additionalProperties/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
const len10 = data80.length;
for(let i10=0; i10<len10; i10++){
let data81 = data80[i10];
if((!((typeof data81 == "number") && (isFinite(data81)))) && (data81 !== null)){
const err161 = {instancePath:instancePath+"/audits/" + i3+"/overall_ci/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i10,schemaPath:"#/properties/audits/items/properties/overall_ci/additionalProperties/anyOf/1/items/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.overall_ci.additionalProperties.anyOf[1].items.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/audits/" + i3+"/overall_ci/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/overall_ci/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
var _valid0 = _errs169 === errors;
valid38 = valid38 || _valid0;
}
if(!valid38){
const err163 = {instancePath:instancePath+"/audits/" + i3+"/overall_ci/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/overall_ci/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
else {
errors = _errs166;
if(vErrors !== null){
if(_errs166){
vErrors.length = _errs166;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err164 = {instancePath:instancePath+"/audits/" + i3+"/overall_ci",schemaPath:"#/properties/audits/items/properties/overall_ci/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data43.overall_delta !== undefined){
let data82 = data43.overall_delta;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
for(const key7 in data82){
let data83 = data82[key7];
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.baseline !== undefined){
let data84 = data83.baseline;
if((!((typeof data84 == "number") && (isFinite(data84)))) && (data84 !== null)){
const err165 = {instancePath:instancePath+"/audits/" + i3+"/overall_delta/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/baseline",schemaPath:"#/properties/audits/items/properties/overall_delta/additionalProperties/properties/baseline/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.overall_delta.additionalProperties.properties.baseline.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data83.change !== undefined){
let data85 = data83.change;
if((!((typeof data85 == "number") && (isFinite(data85)))) && (data85 !== null)){
const err166 = {instancePath:instancePath+"/audits/" + i3+"/overall_delta/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/change",schemaPath:"#/properties/audits/items/properties/overall_delta/additionalProperties/properties/change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.overall_delta.additionalProperties.properties.change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data83.relative_change !== undefined){
let data86 = data83.relative_change;
if((!((typeof data86 == "number") && (isFinite(data86)))) && (data86 !== null)){
const err167 = {instancePath:instancePath+"/audits/" + i3+"/overall_delta/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/relative_change",schemaPath:"#/properties/audits/items/properties/overall_delta/additionalProperties/properties/relative_change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.overall_delta.additionalProperties.properties.relative_change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data83.outside_interval !== undefined){
let data87 = data83.outside_interval;
if((typeof data87 !== "boolean") && (data87 !== null)){
const err168 = {instancePath:instancePath+"/audits/" + i3+"/overall_delta/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/outside_interval",schemaPath:"#/properties/audits/items/properties/overall_delta/additionalProperties/properties/outside_interval/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.overall_delta.additionalProperties.properties.outside_interval.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
else {
const err169 = {instancePath:instancePath+"/audits/" + i3+"/overall_delta/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/overall_delta/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
else {
const err170 = {instancePath:instancePath+"/audits/" + i3+"/overall_delta",schemaPath:"#/properties/audits/items/properties/overall_delta/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data43.confidence !== undefined){
let data88 = data43.confidence;
const _errs187 = errors;
let valid43 = false;
const _errs188 = errors;
if(data88 !== null){
const err171 = {instancePath:instancePath+"/audits/" + i3+"/confidence",schemaPath:"#/properties/audits/items/properties/confidence/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
var _valid1 = _errs188 === errors;
valid43 = valid43 || _valid1;
if(!valid43){
const _errs190 = errors;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.level === undefined){
const err172 = {instancePath:instancePath+"/audits/" + i3+"/confidence",schemaPath:"#/properties/audits/items/properties/confidence/anyOf/1/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(data88.replicates === undefined){
const err173 = {instancePath:instancePath+"/audits/" + i3+"/confidence",schemaPath:"#/properties/audits/items/properties/confidence/anyOf/1/required",keyword:"required",params:{missingProperty: "replicates"},message:"must have required property '"+"replicates"+"'"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(data88.seed === undefined){
const err174 = {instancePath:instancePath+"/audits/" + i3+"/confidence",schemaPath:"#/properties/audits/items/properties/confidence/anyOf/1/required",keyword:"required",params:{missingProperty: "seed"},message:"must have required property '"+"seed"+"'"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data88.level !== undefined){
let data89 = data88.level;
if(!((typeof data89 == "number") && (isFinite(data89)))){
const err175 = {instancePath:instancePath+"/audits/" + i3+"/confidence/level",schemaPath:"#/properties/audits/items/properties/confidence/anyOf/1/properties/level/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data88.replicates !== undefined){
let data90 = data88.replicates;
if(!(((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90))) && (isFinite(data90)))){
const err176 = {instancePath:instancePath+"/audits/" + i3+"/confidence/replicates",schemaPath:"#/properties/audits/items/properties/confidence/anyOf/1/properties/replicates/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if((typeof data90 == "number") && (isFinite(data90))){
if(data90 < 0 || isNaN(data90)){
const err177 = {instancePath:instancePath+"/audits/" + i3+"/confidence/replicates",schemaPath:"#/properties/audits/items/properties/confidence/anyOf/1/properties/replicates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
if(data88.seed !== undefined){
let data91 = data88.seed;
if(!(((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91))) && (isFinite(data91)))){
const err178 = {instancePath:instancePath+"/audits/" + i3+"/confidence/seed",schemaPath:"#/properties/audits/items/properties/confidence/anyOf/1/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
else {
const err179 = {instancePath:instancePath+"/audits/" + i3+"/confidence",schemaPath:"#/properties/audits/items/properties/confidence/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
var _valid1 = _errs190 === errors;
valid43 = valid43 || _valid1;
}
if(!valid43){
const err180 = {instancePath:instancePath+"/audits/" + i3+"/confidence",schemaPath:"#/properties/audits/items/properties/confidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
else {
errors = _errs187;
if(vErrors !== null){
if(_errs187){
vErrors.length = _errs187;
}
else {
vErrors = null;
}
}
}
}
if(data43.baseline !== undefined){
let data92 = data43.baseline;
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
if(data92.status !== undefined){
if(typeof data92.status !== "string"){
const err181 = {instancePath:instancePath+"/audits/" + i3+"/baseline/status",schemaPath:"#/properties/audits/items/properties/baseline/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data92.message !== undefined){
if(typeof data92.message !== "string"){
const err182 = {instancePath:instancePath+"/audits/" + i3+"/baseline/message",schemaPath:"#/properties/audits/items/properties/baseline/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
else {
const err183 = {instancePath:instancePath+"/audits/" + i3+"/baseline",schemaPath:"#/properties/audits/items/properties/baseline/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data43.groups !== undefined){
let data95 = data43.groups;
if(Array.isArray(data95)){
const len11 = data95.length;
for(let i11=0; i11<len11; i11++){
let data96 = data95[i11];
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
if(data96.attribute === undefined){
const err184 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11,schemaPath:"#/properties/audits/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(data96.group === undefined){
const err185 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11,schemaPath:"#/properties/audits/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(data96.key === undefined){
const err186 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11,schemaPath:"#/properties/audits/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data96.present === undefined){
const err187 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11,schemaPath:"#/properties/audits/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "present"},message:"must have required property '"+"present"+"'"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(data96.count === undefined){
const err188 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11,schemaPath:"#/properties/audits/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(data96.metrics === undefined){
const err189 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11,schemaPath:"#/properties/audits/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(data96.undefined === undefined){
const err190 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11,schemaPath:"#/properties/audits/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "undefined"},message:"must have required property '"+"undefined"+"'"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(data96.sufficient === undefined){
const err191 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11,schemaPath:"#/properties/audits/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "sufficient"},message:"must have required property '"+"sufficient"+"'"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(data96.attribute !== undefined){
let data97 = data96.attribute;
const _errs209 = errors;
let valid49 = false;
const _errs210 = errors;
if(typeof data97 !== "string"){
const err192 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/attribute",schemaPath:"#/properties/audits/items/properties/groups/items/properties/attribute/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
var _valid2 = _errs210 === errors;
valid49 = valid49 || _valid2;
if(!valid49){
const _errs212 = errors;
if(Array.isArray(data97)){
const len12 = data97.length;
for(let i12=0; i12<len12; i12++){
if(typeof data97[i12] !== "string"){
const err193 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/attribute/" + i12,schemaPath:"#/properties/audits/items/properties/groups/items/properties/attribute/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
}
else {
const err194 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/attribute",schemaPath:"#/properties/audits/items/properties/groups/items/properties/attribute/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var _valid2 = _errs212 === errors;
valid49 = valid49 || _valid2;
}
if(!valid49){
const err195 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/attribute",schemaPath:"#/properties/audits/items/properties/groups/items/properties/attribute/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
else {
errors = _errs209;
if(vErrors !== null){
if(_errs209){
vErrors.length = _errs209;
}
else {
vErrors = null;
}
}
}
}
if(data96.group !== undefined){
let data99 = data96.group;
if(data99 && typeof data99 == "object" && !Array.isArray(data99)){
for(const key8 in data99){
if(typeof data99[key8] !== "string"){
const err196 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/group/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/group/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/group",schemaPath:"#/properties/audits/items/properties/groups/items/properties/group/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data96.key !== undefined){
if(typeof data96.key !== "string"){
const err198 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/key",schemaPath:"#/properties/audits/items/properties/groups/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data96.present !== undefined){
if(typeof data96.present !== "boolean"){
const err199 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/present",schemaPath:"#/properties/audits/items/properties/groups/items/properties/present/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data96.count !== undefined){
let data103 = data96.count;
if(!((typeof data103 == "number") && (isFinite(data103)))){
const err200 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/count",schemaPath:"#/properties/audits/items/properties/groups/items/properties/count/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data96.counts !== undefined){
let data104 = data96.counts;
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
for(const key9 in data104){
let data105 = data104[key9];
if(!((typeof data105 == "number") && (isFinite(data105)))){
const err201 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/counts/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/counts/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
else {
const err202 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/counts",schemaPath:"#/properties/audits/items/properties/groups/items/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data96.weighted !== undefined){
let data106 = data96.weighted;
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.weight_sum === undefined){
const err203 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/weighted",schemaPath:"#/properties/audits/items/properties/groups/items/properties/weighted/required",keyword:"required",params:{missingProperty: "weight_sum"},message:"must have required property '"+"weight_sum"+"'"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(data106.n_eff === undefined){
const err204 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/weighted",schemaPath:"#/properties/audits/items/properties/groups/items/properties/weighted/required",keyword:"required",params:{missingProperty: "n_eff"},message:"must have required property '"+"n_eff"+"'"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(data106.counts === undefined){
const err205 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/weighted",schemaPath:"#/properties/audits/items/properties/groups/items/properties/weighted/required",keyword:"required",params:{missingProperty: "counts"},message:"must have required property '"+"counts"+"'"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if(data106.squares === undefined){
const err206 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/weighted",schemaPath:"#/properties/audits/items/properties/groups/items/properties/weighted/required",keyword:"required",params:{missingProperty: "squares"},message:"must have required property '"+"squares"+"'"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(data106.weight_sum !== undefined){
let data107 = data106.weight_sum;
if(!((typeof data107 == "number") && (isFinite(data107)))){
const err207 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/weighted/weight_sum",schemaPath:"#/properties/audits/items/properties/groups/items/properties/weighted/properties/weight_sum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data106.n_eff !== undefined){
let data108 = data106.n_eff;
if(!((typeof data108 == "number") && (isFinite(data108)))){
const err208 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/weighted/n_eff",schemaPath:"#/properties/audits/items/properties/groups/items/properties/weighted/properties/n_eff/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data106.counts !== undefined){
let data109 = data106.counts;
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
for(const key10 in data109){
let data110 = data109[key10];
if(!((typeof data110 == "number") && (isFinite(data110)))){
const err209 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/weighted/counts/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/weighted/properties/counts/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
else {
const err210 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/weighted/counts",schemaPath:"#/properties/audits/items/properties/groups/items/properties/weighted/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data106.squares !== undefined){
let data111 = data106.squares;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
for(const key11 in data111){
let data112 = data111[key11];
if(!((typeof data112 == "number") && (isFinite(data112)))){
const err211 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/weighted/squares/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/weighted/properties/squares/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
}
else {
const err212 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/weighted/squares",schemaPath:"#/properties/audits/items/properties/groups/items/properties/weighted/properties/squares/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
}
else {
const err213 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/weighted",schemaPath:"#/properties/audits/items/properties/groups/items/properties/weighted/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data96.metrics !== undefined){
let data113 = data96.metrics;
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
for(const key12 in data113){
let data114 = data113[key12];
if((!((typeof data114 == "number") && (isFinite(data114)))) && (data114 !== null)){
const err214 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/metrics/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/metrics/additionalProperties/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.groups.items.properties.metrics.additionalProperties.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
}
else {
const err215 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/metrics",schemaPath:"#/properties/audits/items/properties/groups/items/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data96.undefined !== undefined){
let data115 = data96.undefined;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
for(const key13 in data115){
if(typeof data115[key13] !== "string"){
const err216 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/undefined/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/undefined/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
else {
const err217 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/undefined",schemaPath:"#/properties/audits/items/properties/groups/items/properties/undefined/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data96.sufficient !== undefined){
if(typeof data96.sufficient !== "boolean"){
const err218 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/sufficient",schemaPath:"#/properties/audits/items/properties/groups/items/properties/sufficient/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data96.insufficient_reason !== undefined){
if(typeof data96.insufficient_reason !== "string"){
const err219 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/insufficient_reason",schemaPath:"#/properties/audits/items/properties/groups/items/properties/insufficient_reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data96.insufficient_for !== undefined){
let data119 = data96.insufficient_for;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
for(const key14 in data119){
if(typeof data119[key14] !== "string"){
const err220 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/insufficient_for/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/insufficient_for/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
else {
const err221 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/insufficient_for",schemaPath:"#/properties/audits/items/properties/groups/items/properties/insufficient_for/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data96.ci !== undefined){
let data121 = data96.ci;
if(data121 && typeof data121 == "object" && !Array.isArray(data121)){
for(const key15 in data121){
let data122 = data121[key15];
const _errs271 = errors;
let valid61 = false;
const _errs272 = errors;
if(data122 !== null){
const err222 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/ci/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/ci/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
var _valid3 = _errs272 === errors;
valid61 = valid61 || _valid3;
if(!valid61){
const _errs274 = errors;
if(Array.isArray(data122)){
if(data122.length > 2){
const err223 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/ci/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/ci/additionalProperties/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(data122.length < 2){
const err224 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/ci/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/ci/additionalProperties/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
const len13 = data122.length;
for(let i13=0; i13<len13; i13++){
let data123 = data122[i13];
if((!((typeof data123 == "number") && (isFinite(data123)))) && (data123 !== null)){
const err225 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/ci/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i13,schemaPath:"#/properties/audits/items/properties/groups/items/properties/ci/additionalProperties/anyOf/1/items/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.groups.items.properties.ci.additionalProperties.anyOf[1].items.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
}
else {
const err226 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/ci/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/ci/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
var _valid3 = _errs274 === errors;
valid61 = valid61 || _valid3;
}
if(!valid61){
const err227 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/ci/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/ci/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
else {
errors = _errs271;
if(vErrors !== null){
if(_errs271){
vErrors.length = _errs271;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err228 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/ci",schemaPath:"#/properties/audits/items/properties/groups/items/properties/ci/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data96.deltas !== undefined){
let data124 = data96.deltas;
if(data124 && typeof data124 == "object" && !Array.isArray(data124)){
for(const key16 in data124){
let data125 = data124[key16];
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.baseline !== undefined){
let data126 = data125.baseline;
if((!((typeof data126 == "number") && (isFinite(data126)))) && (data126 !== null)){
const err229 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/deltas/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/baseline",schemaPath:"#/properties/audits/items/properties/groups/items/properties/deltas/additionalProperties/properties/baseline/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.groups.items.properties.deltas.additionalProperties.properties.baseline.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data125.change !== undefined){
let data127 = data125.change;
if((!((typeof data127 == "number") && (isFinite(data127)))) && (data127 !== null)){
const err230 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/deltas/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/change",schemaPath:"#/properties/audits/items/properties/groups/items/properties/deltas/additionalProperties/properties/change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.groups.items.properties.deltas.additionalProperties.properties.change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data125.relative_change !== undefined){
let data128 = data125.relative_change;
if((!((typeof data128 == "number") && (isFinite(data128)))) && (data128 !== null)){
const err231 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/deltas/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/relative_change",schemaPath:"#/properties/audits/items/properties/groups/items/properties/deltas/additionalProperties/properties/relative_change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.groups.items.properties.deltas.additionalProperties.properties.relative_change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data125.outside_interval !== undefined){
let data129 = data125.outside_interval;
if((typeof data129 !== "boolean") && (data129 !== null)){
const err232 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/deltas/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/outside_interval",schemaPath:"#/properties/audits/items/properties/groups/items/properties/deltas/additionalProperties/properties/outside_interval/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.groups.items.properties.deltas.additionalProperties.properties.outside_interval.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
}
else {
const err233 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/deltas/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/groups/items/properties/deltas/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
}
else {
const err234 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11+"/deltas",schemaPath:"#/properties/audits/items/properties/groups/items/properties/deltas/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
}
else {
const err235 = {instancePath:instancePath+"/audits/" + i3+"/groups/" + i11,schemaPath:"#/properties/audits/items/properties/groups/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
}
else {
const err236 = {instancePath:instancePath+"/audits/" + i3+"/groups",schemaPath:"#/properties/audits/items/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data43.disparities !== undefined){
let data130 = data43.disparities;
if(Array.isArray(data130)){
if(data130.length > 26496){
const err237 = {instancePath:instancePath+"/audits/" + i3+"/disparities",schemaPath:"#/properties/audits/items/properties/disparities/maxItems",keyword:"maxItems",params:{limit: 26496},message:"must NOT have more than 26496 items"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
const len14 = data130.length;
for(let i14=0; i14<len14; i14++){
let data131 = data130[i14];
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
if(data131.attribute === undefined){
const err238 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14,schemaPath:"#/properties/audits/items/properties/disparities/items/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if(data131.metric === undefined){
const err239 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14,schemaPath:"#/properties/audits/items/properties/disparities/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if(data131.value === undefined){
const err240 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14,schemaPath:"#/properties/audits/items/properties/disparities/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(data131.groups === undefined){
const err241 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14,schemaPath:"#/properties/audits/items/properties/disparities/items/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(data131.attribute !== undefined){
let data132 = data131.attribute;
const _errs296 = errors;
let valid69 = false;
const _errs297 = errors;
if(typeof data132 !== "string"){
const err242 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/attribute",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/attribute/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
var _valid4 = _errs297 === errors;
valid69 = valid69 || _valid4;
if(!valid69){
const _errs299 = errors;
if(Array.isArray(data132)){
const len15 = data132.length;
for(let i15=0; i15<len15; i15++){
if(typeof data132[i15] !== "string"){
const err243 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/attribute/" + i15,schemaPath:"#/properties/audits/items/properties/disparities/items/properties/attribute/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
else {
const err244 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/attribute",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/attribute/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
var _valid4 = _errs299 === errors;
valid69 = valid69 || _valid4;
}
if(!valid69){
const err245 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/attribute",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/attribute/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
else {
errors = _errs296;
if(vErrors !== null){
if(_errs296){
vErrors.length = _errs296;
}
else {
vErrors = null;
}
}
}
}
if(data131.metric !== undefined){
if(typeof data131.metric !== "string"){
const err246 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/metric",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data131.method !== undefined){
let data135 = data131.method;
if((typeof data135 !== "string") && (data135 !== null)){
const err247 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/method",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/method/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.disparities.items.properties.method.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data131.value !== undefined){
let data136 = data131.value;
if((!((typeof data136 == "number") && (isFinite(data136)))) && (data136 !== null)){
const err248 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/value",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/value/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.disparities.items.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data131.groups !== undefined){
let data137 = data131.groups;
if(Array.isArray(data137)){
const len16 = data137.length;
for(let i16=0; i16<len16; i16++){
if(typeof data137[i16] !== "string"){
const err249 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/groups/" + i16,schemaPath:"#/properties/audits/items/properties/disparities/items/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
else {
const err250 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/groups",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data131.ci !== undefined){
let data139 = data131.ci;
const _errs314 = errors;
let valid74 = false;
const _errs315 = errors;
if(data139 !== null){
const err251 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/ci",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/ci/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
var _valid5 = _errs315 === errors;
valid74 = valid74 || _valid5;
if(!valid74){
const _errs317 = errors;
if(Array.isArray(data139)){
if(data139.length > 2){
const err252 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/ci",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/ci/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(data139.length < 2){
const err253 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/ci",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/ci/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
const len17 = data139.length;
for(let i17=0; i17<len17; i17++){
let data140 = data139[i17];
if((!((typeof data140 == "number") && (isFinite(data140)))) && (data140 !== null)){
const err254 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/ci/" + i17,schemaPath:"#/properties/audits/items/properties/disparities/items/properties/ci/anyOf/1/items/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.disparities.items.properties.ci.anyOf[1].items.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
}
else {
const err255 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/ci",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/ci/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
var _valid5 = _errs317 === errors;
valid74 = valid74 || _valid5;
}
if(!valid74){
const err256 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/ci",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/ci/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
else {
errors = _errs314;
if(vErrors !== null){
if(_errs314){
vErrors.length = _errs314;
}
else {
vErrors = null;
}
}
}
}
if(data131.delta !== undefined){
let data141 = data131.delta;
if(data141 && typeof data141 == "object" && !Array.isArray(data141)){
if(data141.baseline !== undefined){
let data142 = data141.baseline;
if((!((typeof data142 == "number") && (isFinite(data142)))) && (data142 !== null)){
const err257 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/delta/baseline",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/delta/properties/baseline/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.disparities.items.properties.delta.properties.baseline.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data141.change !== undefined){
let data143 = data141.change;
if((!((typeof data143 == "number") && (isFinite(data143)))) && (data143 !== null)){
const err258 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/delta/change",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/delta/properties/change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.disparities.items.properties.delta.properties.change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data141.relative_change !== undefined){
let data144 = data141.relative_change;
if((!((typeof data144 == "number") && (isFinite(data144)))) && (data144 !== null)){
const err259 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/delta/relative_change",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/delta/properties/relative_change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.disparities.items.properties.delta.properties.relative_change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data141.outside_interval !== undefined){
let data145 = data141.outside_interval;
if((typeof data145 !== "boolean") && (data145 !== null)){
const err260 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/delta/outside_interval",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/delta/properties/outside_interval/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.disparities.items.properties.delta.properties.outside_interval.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
}
else {
const err261 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14+"/delta",schemaPath:"#/properties/audits/items/properties/disparities/items/properties/delta/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
}
else {
const err262 = {instancePath:instancePath+"/audits/" + i3+"/disparities/" + i14,schemaPath:"#/properties/audits/items/properties/disparities/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
}
else {
const err263 = {instancePath:instancePath+"/audits/" + i3+"/disparities",schemaPath:"#/properties/audits/items/properties/disparities/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data43.control !== undefined){
let data146 = data43.control;
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
if(data146.columns === undefined){
const err264 = {instancePath:instancePath+"/audits/" + i3+"/control",schemaPath:"#/properties/audits/items/properties/control/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if(data146.levels === undefined){
const err265 = {instancePath:instancePath+"/audits/" + i3+"/control",schemaPath:"#/properties/audits/items/properties/control/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
if(data146.worst === undefined){
const err266 = {instancePath:instancePath+"/audits/" + i3+"/control",schemaPath:"#/properties/audits/items/properties/control/required",keyword:"required",params:{missingProperty: "worst"},message:"must have required property '"+"worst"+"'"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if(data146.columns !== undefined){
let data147 = data146.columns;
if(Array.isArray(data147)){
if(data147.length > 8){
const err267 = {instancePath:instancePath+"/audits/" + i3+"/control/columns",schemaPath:"#/properties/audits/items/properties/control/properties/columns/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
const len18 = data147.length;
for(let i18=0; i18<len18; i18++){
if(typeof data147[i18] !== "string"){
const err268 = {instancePath:instancePath+"/audits/" + i3+"/control/columns/" + i18,schemaPath:"#/properties/audits/items/properties/control/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
}
else {
const err269 = {instancePath:instancePath+"/audits/" + i3+"/control/columns",schemaPath:"#/properties/audits/items/properties/control/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data146.levels !== undefined){
let data149 = data146.levels;
if(Array.isArray(data149)){
if(data149.length > 200){
const err270 = {instancePath:instancePath+"/audits/" + i3+"/control/levels",schemaPath:"#/properties/audits/items/properties/control/properties/levels/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
const len19 = data149.length;
for(let i19=0; i19<len19; i19++){
let data150 = data149[i19];
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
if(data150.level === undefined){
const err271 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if(data150.control === undefined){
const err272 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/required",keyword:"required",params:{missingProperty: "control"},message:"must have required property '"+"control"+"'"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(data150.rows === undefined){
const err273 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(data150.overall === undefined){
const err274 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/required",keyword:"required",params:{missingProperty: "overall"},message:"must have required property '"+"overall"+"'"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
if(data150.overall_undefined === undefined){
const err275 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/required",keyword:"required",params:{missingProperty: "overall_undefined"},message:"must have required property '"+"overall_undefined"+"'"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
if(data150.overall_counts === undefined){
const err276 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/required",keyword:"required",params:{missingProperty: "overall_counts"},message:"must have required property '"+"overall_counts"+"'"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(data150.groups === undefined){
const err277 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if(data150.disparities === undefined){
const err278 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/required",keyword:"required",params:{missingProperty: "disparities"},message:"must have required property '"+"disparities"+"'"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(data150.level !== undefined){
if(typeof data150.level !== "string"){
const err279 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/level",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data150.control !== undefined){
let data152 = data150.control;
if(data152 && typeof data152 == "object" && !Array.isArray(data152)){
for(const key17 in data152){
if(typeof data152[key17] !== "string"){
const err280 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/control/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/control/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
}
else {
const err281 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/control",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/control/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data150.rows !== undefined){
let data154 = data150.rows;
if(!(((typeof data154 == "number") && (!(data154 % 1) && !isNaN(data154))) && (isFinite(data154)))){
const err282 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/rows",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
if((typeof data154 == "number") && (isFinite(data154))){
if(data154 < 0 || isNaN(data154)){
const err283 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/rows",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
}
if(data150.overall !== undefined){
let data155 = data150.overall;
if(data155 && typeof data155 == "object" && !Array.isArray(data155)){
for(const key18 in data155){
let data156 = data155[key18];
if((!((typeof data156 == "number") && (isFinite(data156)))) && (data156 !== null)){
const err284 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall/additionalProperties/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.overall.additionalProperties.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
}
else {
const err285 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data150.overall_undefined !== undefined){
let data157 = data150.overall_undefined;
if(data157 && typeof data157 == "object" && !Array.isArray(data157)){
for(const key19 in data157){
if(typeof data157[key19] !== "string"){
const err286 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_undefined/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_undefined/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
}
else {
const err287 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_undefined",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_undefined/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data150.overall_counts !== undefined){
let data159 = data150.overall_counts;
if(data159 && typeof data159 == "object" && !Array.isArray(data159)){
for(const key20 in data159){
let data160 = data159[key20];
if(!((typeof data160 == "number") && (isFinite(data160)))){
const err288 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_counts/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_counts/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
}
else {
const err289 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_counts",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_counts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data150.overall_ci !== undefined){
let data161 = data150.overall_ci;
if(data161 && typeof data161 == "object" && !Array.isArray(data161)){
for(const key21 in data161){
let data162 = data161[key21];
const _errs369 = errors;
let valid89 = false;
const _errs370 = errors;
if(data162 !== null){
const err290 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_ci/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_ci/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
var _valid6 = _errs370 === errors;
valid89 = valid89 || _valid6;
if(!valid89){
const _errs372 = errors;
if(Array.isArray(data162)){
if(data162.length > 2){
const err291 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_ci/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_ci/additionalProperties/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
if(data162.length < 2){
const err292 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_ci/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_ci/additionalProperties/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
const len20 = data162.length;
for(let i20=0; i20<len20; i20++){
let data163 = data162[i20];
if((!((typeof data163 == "number") && (isFinite(data163)))) && (data163 !== null)){
const err293 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_ci/" + key21.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i20,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_ci/additionalProperties/anyOf/1/items/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.overall_ci.additionalProperties.anyOf[1].items.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
}
else {
const err294 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_ci/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_ci/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
var _valid6 = _errs372 === errors;
valid89 = valid89 || _valid6;
}
if(!valid89){
const err295 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_ci/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_ci/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
else {
errors = _errs369;
if(vErrors !== null){
if(_errs369){
vErrors.length = _errs369;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err296 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_ci",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_ci/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
if(data150.overall_delta !== undefined){
let data164 = data150.overall_delta;
if(data164 && typeof data164 == "object" && !Array.isArray(data164)){
for(const key22 in data164){
let data165 = data164[key22];
if(data165 && typeof data165 == "object" && !Array.isArray(data165)){
if(data165.baseline !== undefined){
let data166 = data165.baseline;
if((!((typeof data166 == "number") && (isFinite(data166)))) && (data166 !== null)){
const err297 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_delta/" + key22.replace(/~/g, "~0").replace(/\//g, "~1")+"/baseline",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_delta/additionalProperties/properties/baseline/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.overall_delta.additionalProperties.properties.baseline.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data165.change !== undefined){
let data167 = data165.change;
if((!((typeof data167 == "number") && (isFinite(data167)))) && (data167 !== null)){
const err298 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_delta/" + key22.replace(/~/g, "~0").replace(/\//g, "~1")+"/change",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_delta/additionalProperties/properties/change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.overall_delta.additionalProperties.properties.change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data165.relative_change !== undefined){
let data168 = data165.relative_change;
if((!((typeof data168 == "number") && (isFinite(data168)))) && (data168 !== null)){
const err299 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_delta/" + key22.replace(/~/g, "~0").replace(/\//g, "~1")+"/relative_change",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_delta/additionalProperties/properties/relative_change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.overall_delta.additionalProperties.properties.relative_change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data165.outside_interval !== undefined){
let data169 = data165.outside_interval;
if((typeof data169 !== "boolean") && (data169 !== null)){
const err300 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_delta/" + key22.replace(/~/g, "~0").replace(/\//g, "~1")+"/outside_interval",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_delta/additionalProperties/properties/outside_interval/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.overall_delta.additionalProperties.properties.outside_interval.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
}
else {
const err301 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_delta/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_delta/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
}
else {
const err302 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/overall_delta",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/overall_delta/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data150.groups !== undefined){
let data170 = data150.groups;
if(Array.isArray(data170)){
const len21 = data170.length;
for(let i21=0; i21<len21; i21++){
let data171 = data170[i21];
if(data171 && typeof data171 == "object" && !Array.isArray(data171)){
if(data171.attribute === undefined){
const err303 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
if(data171.group === undefined){
const err304 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
if(data171.key === undefined){
const err305 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
if(data171.present === undefined){
const err306 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "present"},message:"must have required property '"+"present"+"'"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
if(data171.count === undefined){
const err307 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
if(data171.metrics === undefined){
const err308 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
if(data171.undefined === undefined){
const err309 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "undefined"},message:"must have required property '"+"undefined"+"'"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
if(data171.sufficient === undefined){
const err310 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "sufficient"},message:"must have required property '"+"sufficient"+"'"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
if(data171.attribute !== undefined){
let data172 = data171.attribute;
const _errs394 = errors;
let valid97 = false;
const _errs395 = errors;
if(typeof data172 !== "string"){
const err311 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/attribute",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/attribute/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
var _valid7 = _errs395 === errors;
valid97 = valid97 || _valid7;
if(!valid97){
const _errs397 = errors;
if(Array.isArray(data172)){
const len22 = data172.length;
for(let i22=0; i22<len22; i22++){
if(typeof data172[i22] !== "string"){
const err312 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/attribute/" + i22,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/attribute/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
}
else {
const err313 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/attribute",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/attribute/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
var _valid7 = _errs397 === errors;
valid97 = valid97 || _valid7;
}
if(!valid97){
const err314 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/attribute",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/attribute/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
else {
errors = _errs394;
if(vErrors !== null){
if(_errs394){
vErrors.length = _errs394;
}
else {
vErrors = null;
}
}
}
}
if(data171.group !== undefined){
let data174 = data171.group;
if(data174 && typeof data174 == "object" && !Array.isArray(data174)){
for(const key23 in data174){
if(typeof data174[key23] !== "string"){
const err315 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/group/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/group/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
}
else {
const err316 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/group",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/group/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
if(data171.key !== undefined){
if(typeof data171.key !== "string"){
const err317 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/key",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
if(data171.present !== undefined){
if(typeof data171.present !== "boolean"){
const err318 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/present",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/present/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data171.count !== undefined){
let data178 = data171.count;
if(!((typeof data178 == "number") && (isFinite(data178)))){
const err319 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/count",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/count/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(data171.counts !== undefined){
let data179 = data171.counts;
if(data179 && typeof data179 == "object" && !Array.isArray(data179)){
for(const key24 in data179){
let data180 = data179[key24];
if(!((typeof data180 == "number") && (isFinite(data180)))){
const err320 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/counts/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/counts/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
}
else {
const err321 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/counts",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data171.weighted !== undefined){
let data181 = data171.weighted;
if(data181 && typeof data181 == "object" && !Array.isArray(data181)){
if(data181.weight_sum === undefined){
const err322 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/weighted",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/weighted/required",keyword:"required",params:{missingProperty: "weight_sum"},message:"must have required property '"+"weight_sum"+"'"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
if(data181.n_eff === undefined){
const err323 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/weighted",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/weighted/required",keyword:"required",params:{missingProperty: "n_eff"},message:"must have required property '"+"n_eff"+"'"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
if(data181.counts === undefined){
const err324 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/weighted",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/weighted/required",keyword:"required",params:{missingProperty: "counts"},message:"must have required property '"+"counts"+"'"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
if(data181.squares === undefined){
const err325 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/weighted",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/weighted/required",keyword:"required",params:{missingProperty: "squares"},message:"must have required property '"+"squares"+"'"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
if(data181.weight_sum !== undefined){
let data182 = data181.weight_sum;
if(!((typeof data182 == "number") && (isFinite(data182)))){
const err326 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/weighted/weight_sum",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/weighted/properties/weight_sum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data181.n_eff !== undefined){
let data183 = data181.n_eff;
if(!((typeof data183 == "number") && (isFinite(data183)))){
const err327 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/weighted/n_eff",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/weighted/properties/n_eff/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
if(data181.counts !== undefined){
let data184 = data181.counts;
if(data184 && typeof data184 == "object" && !Array.isArray(data184)){
for(const key25 in data184){
let data185 = data184[key25];
if(!((typeof data185 == "number") && (isFinite(data185)))){
const err328 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/weighted/counts/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/weighted/properties/counts/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
}
else {
const err329 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/weighted/counts",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/weighted/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
if(data181.squares !== undefined){
let data186 = data181.squares;
if(data186 && typeof data186 == "object" && !Array.isArray(data186)){
for(const key26 in data186){
let data187 = data186[key26];
if(!((typeof data187 == "number") && (isFinite(data187)))){
const err330 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/weighted/squares/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/weighted/properties/squares/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
}
else {
const err331 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/weighted/squares",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/weighted/properties/squares/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
}
else {
const err332 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/weighted",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/weighted/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
if(data171.metrics !== undefined){
let data188 = data171.metrics;
if(data188 && typeof data188 == "object" && !Array.isArray(data188)){
for(const key27 in data188){
let data189 = data188[key27];
if((!((typeof data189 == "number") && (isFinite(data189)))) && (data189 !== null)){
const err333 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/metrics/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/metrics/additionalProperties/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.groups.items.properties.metrics.additionalProperties.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
}
else {
const err334 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/metrics",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
if(data171.undefined !== undefined){
let data190 = data171.undefined;
if(data190 && typeof data190 == "object" && !Array.isArray(data190)){
for(const key28 in data190){
if(typeof data190[key28] !== "string"){
const err335 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/undefined/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/undefined/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
}
else {
const err336 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/undefined",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/undefined/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
if(data171.sufficient !== undefined){
if(typeof data171.sufficient !== "boolean"){
const err337 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/sufficient",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/sufficient/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
if(data171.insufficient_reason !== undefined){
if(typeof data171.insufficient_reason !== "string"){
const err338 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/insufficient_reason",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/insufficient_reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
if(data171.insufficient_for !== undefined){
let data194 = data171.insufficient_for;
if(data194 && typeof data194 == "object" && !Array.isArray(data194)){
for(const key29 in data194){
if(typeof data194[key29] !== "string"){
const err339 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/insufficient_for/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/insufficient_for/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
}
else {
const err340 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/insufficient_for",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/insufficient_for/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data171.ci !== undefined){
let data196 = data171.ci;
if(data196 && typeof data196 == "object" && !Array.isArray(data196)){
for(const key30 in data196){
let data197 = data196[key30];
const _errs456 = errors;
let valid109 = false;
const _errs457 = errors;
if(data197 !== null){
const err341 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/ci/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/ci/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
var _valid8 = _errs457 === errors;
valid109 = valid109 || _valid8;
if(!valid109){
const _errs459 = errors;
if(Array.isArray(data197)){
if(data197.length > 2){
const err342 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/ci/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/ci/additionalProperties/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
if(data197.length < 2){
const err343 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/ci/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/ci/additionalProperties/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
const len23 = data197.length;
for(let i23=0; i23<len23; i23++){
let data198 = data197[i23];
if((!((typeof data198 == "number") && (isFinite(data198)))) && (data198 !== null)){
const err344 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/ci/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i23,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/ci/additionalProperties/anyOf/1/items/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.groups.items.properties.ci.additionalProperties.anyOf[1].items.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
}
else {
const err345 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/ci/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/ci/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
var _valid8 = _errs459 === errors;
valid109 = valid109 || _valid8;
}
if(!valid109){
const err346 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/ci/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/ci/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
else {
errors = _errs456;
if(vErrors !== null){
if(_errs456){
vErrors.length = _errs456;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err347 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/ci",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/ci/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data171.deltas !== undefined){
let data199 = data171.deltas;
if(data199 && typeof data199 == "object" && !Array.isArray(data199)){
for(const key31 in data199){
let data200 = data199[key31];
if(data200 && typeof data200 == "object" && !Array.isArray(data200)){
if(data200.baseline !== undefined){
let data201 = data200.baseline;
if((!((typeof data201 == "number") && (isFinite(data201)))) && (data201 !== null)){
const err348 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/deltas/" + key31.replace(/~/g, "~0").replace(/\//g, "~1")+"/baseline",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/deltas/additionalProperties/properties/baseline/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.groups.items.properties.deltas.additionalProperties.properties.baseline.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
if(data200.change !== undefined){
let data202 = data200.change;
if((!((typeof data202 == "number") && (isFinite(data202)))) && (data202 !== null)){
const err349 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/deltas/" + key31.replace(/~/g, "~0").replace(/\//g, "~1")+"/change",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/deltas/additionalProperties/properties/change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.groups.items.properties.deltas.additionalProperties.properties.change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
if(data200.relative_change !== undefined){
let data203 = data200.relative_change;
if((!((typeof data203 == "number") && (isFinite(data203)))) && (data203 !== null)){
const err350 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/deltas/" + key31.replace(/~/g, "~0").replace(/\//g, "~1")+"/relative_change",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/deltas/additionalProperties/properties/relative_change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.groups.items.properties.deltas.additionalProperties.properties.relative_change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
if(data200.outside_interval !== undefined){
let data204 = data200.outside_interval;
if((typeof data204 !== "boolean") && (data204 !== null)){
const err351 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/deltas/" + key31.replace(/~/g, "~0").replace(/\//g, "~1")+"/outside_interval",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/deltas/additionalProperties/properties/outside_interval/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.groups.items.properties.deltas.additionalProperties.properties.outside_interval.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
}
else {
const err352 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/deltas/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/deltas/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
}
else {
const err353 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21+"/deltas",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/properties/deltas/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
}
else {
const err354 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups/" + i21,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
}
else {
const err355 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/groups",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
if(data150.disparities !== undefined){
let data205 = data150.disparities;
if(Array.isArray(data205)){
if(data205.length > 26496){
const err356 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/maxItems",keyword:"maxItems",params:{limit: 26496},message:"must NOT have more than 26496 items"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
const len24 = data205.length;
for(let i24=0; i24<len24; i24++){
let data206 = data205[i24];
if(data206 && typeof data206 == "object" && !Array.isArray(data206)){
if(data206.attribute === undefined){
const err357 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
if(data206.metric === undefined){
const err358 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
if(data206.value === undefined){
const err359 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
if(data206.groups === undefined){
const err360 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
if(data206.attribute !== undefined){
let data207 = data206.attribute;
const _errs481 = errors;
let valid117 = false;
const _errs482 = errors;
if(typeof data207 !== "string"){
const err361 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/attribute",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/attribute/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
var _valid9 = _errs482 === errors;
valid117 = valid117 || _valid9;
if(!valid117){
const _errs484 = errors;
if(Array.isArray(data207)){
const len25 = data207.length;
for(let i25=0; i25<len25; i25++){
if(typeof data207[i25] !== "string"){
const err362 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/attribute/" + i25,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/attribute/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
}
else {
const err363 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/attribute",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/attribute/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
var _valid9 = _errs484 === errors;
valid117 = valid117 || _valid9;
}
if(!valid117){
const err364 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/attribute",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/attribute/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
else {
errors = _errs481;
if(vErrors !== null){
if(_errs481){
vErrors.length = _errs481;
}
else {
vErrors = null;
}
}
}
}
if(data206.metric !== undefined){
if(typeof data206.metric !== "string"){
const err365 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/metric",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data206.method !== undefined){
let data210 = data206.method;
if((typeof data210 !== "string") && (data210 !== null)){
const err366 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/method",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/method/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.disparities.items.properties.method.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data206.value !== undefined){
let data211 = data206.value;
if((!((typeof data211 == "number") && (isFinite(data211)))) && (data211 !== null)){
const err367 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/value",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/value/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.disparities.items.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
if(data206.groups !== undefined){
let data212 = data206.groups;
if(Array.isArray(data212)){
const len26 = data212.length;
for(let i26=0; i26<len26; i26++){
if(typeof data212[i26] !== "string"){
const err368 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/groups/" + i26,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
}
else {
const err369 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/groups",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
if(data206.ci !== undefined){
let data214 = data206.ci;
const _errs499 = errors;
let valid122 = false;
const _errs500 = errors;
if(data214 !== null){
const err370 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/ci",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/ci/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
var _valid10 = _errs500 === errors;
valid122 = valid122 || _valid10;
if(!valid122){
const _errs502 = errors;
if(Array.isArray(data214)){
if(data214.length > 2){
const err371 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/ci",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/ci/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
if(data214.length < 2){
const err372 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/ci",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/ci/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
const len27 = data214.length;
for(let i27=0; i27<len27; i27++){
let data215 = data214[i27];
if((!((typeof data215 == "number") && (isFinite(data215)))) && (data215 !== null)){
const err373 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/ci/" + i27,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/ci/anyOf/1/items/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.disparities.items.properties.ci.anyOf[1].items.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
}
else {
const err374 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/ci",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/ci/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
var _valid10 = _errs502 === errors;
valid122 = valid122 || _valid10;
}
if(!valid122){
const err375 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/ci",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/ci/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
else {
errors = _errs499;
if(vErrors !== null){
if(_errs499){
vErrors.length = _errs499;
}
else {
vErrors = null;
}
}
}
}
if(data206.delta !== undefined){
let data216 = data206.delta;
if(data216 && typeof data216 == "object" && !Array.isArray(data216)){
if(data216.baseline !== undefined){
let data217 = data216.baseline;
if((!((typeof data217 == "number") && (isFinite(data217)))) && (data217 !== null)){
const err376 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/delta/baseline",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/delta/properties/baseline/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.disparities.items.properties.delta.properties.baseline.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data216.change !== undefined){
let data218 = data216.change;
if((!((typeof data218 == "number") && (isFinite(data218)))) && (data218 !== null)){
const err377 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/delta/change",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/delta/properties/change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.disparities.items.properties.delta.properties.change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
if(data216.relative_change !== undefined){
let data219 = data216.relative_change;
if((!((typeof data219 == "number") && (isFinite(data219)))) && (data219 !== null)){
const err378 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/delta/relative_change",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/delta/properties/relative_change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.disparities.items.properties.delta.properties.relative_change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
if(data216.outside_interval !== undefined){
let data220 = data216.outside_interval;
if((typeof data220 !== "boolean") && (data220 !== null)){
const err379 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/delta/outside_interval",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/delta/properties/outside_interval/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.levels.items.properties.disparities.items.properties.delta.properties.outside_interval.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
}
else {
const err380 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24+"/delta",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/properties/delta/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
}
else {
const err381 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities/" + i24,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
}
else {
const err382 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19+"/disparities",schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/properties/disparities/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
}
else {
const err383 = {instancePath:instancePath+"/audits/" + i3+"/control/levels/" + i19,schemaPath:"#/properties/audits/items/properties/control/properties/levels/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
}
else {
const err384 = {instancePath:instancePath+"/audits/" + i3+"/control/levels",schemaPath:"#/properties/audits/items/properties/control/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
if(data146.worst !== undefined){
let data221 = data146.worst;
if(Array.isArray(data221)){
if(data221.length > 26496){
const err385 = {instancePath:instancePath+"/audits/" + i3+"/control/worst",schemaPath:"#/properties/audits/items/properties/control/properties/worst/maxItems",keyword:"maxItems",params:{limit: 26496},message:"must NOT have more than 26496 items"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
const len28 = data221.length;
for(let i28=0; i28<len28; i28++){
let data222 = data221[i28];
if(data222 && typeof data222 == "object" && !Array.isArray(data222)){
if(data222.attribute === undefined){
const err386 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28,schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
if(data222.metric === undefined){
const err387 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28,schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
if(data222.level === undefined){
const err388 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28,schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
if(data222.value === undefined){
const err389 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28,schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
if(data222.attribute !== undefined){
let data223 = data222.attribute;
const _errs521 = errors;
let valid129 = false;
const _errs522 = errors;
if(typeof data223 !== "string"){
const err390 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28+"/attribute",schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/properties/attribute/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
var _valid11 = _errs522 === errors;
valid129 = valid129 || _valid11;
if(!valid129){
const _errs524 = errors;
if(Array.isArray(data223)){
const len29 = data223.length;
for(let i29=0; i29<len29; i29++){
if(typeof data223[i29] !== "string"){
const err391 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28+"/attribute/" + i29,schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/properties/attribute/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
}
else {
const err392 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28+"/attribute",schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/properties/attribute/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
var _valid11 = _errs524 === errors;
valid129 = valid129 || _valid11;
}
if(!valid129){
const err393 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28+"/attribute",schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/properties/attribute/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
else {
errors = _errs521;
if(vErrors !== null){
if(_errs521){
vErrors.length = _errs521;
}
else {
vErrors = null;
}
}
}
}
if(data222.metric !== undefined){
if(typeof data222.metric !== "string"){
const err394 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28+"/metric",schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
if(data222.method !== undefined){
let data226 = data222.method;
if((typeof data226 !== "string") && (data226 !== null)){
const err395 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28+"/method",schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/properties/method/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.worst.items.properties.method.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
if(data222.level !== undefined){
let data227 = data222.level;
if((typeof data227 !== "string") && (data227 !== null)){
const err396 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28+"/level",schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/properties/level/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.worst.items.properties.level.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
if(data222.value !== undefined){
let data228 = data222.value;
if((!((typeof data228 == "number") && (isFinite(data228)))) && (data228 !== null)){
const err397 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28+"/value",schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/properties/value/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.control.properties.worst.items.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
}
else {
const err398 = {instancePath:instancePath+"/audits/" + i3+"/control/worst/" + i28,schemaPath:"#/properties/audits/items/properties/control/properties/worst/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
}
else {
const err399 = {instancePath:instancePath+"/audits/" + i3+"/control/worst",schemaPath:"#/properties/audits/items/properties/control/properties/worst/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
}
else {
const err400 = {instancePath:instancePath+"/audits/" + i3+"/control",schemaPath:"#/properties/audits/items/properties/control/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
if(data43.gates !== undefined){
let data229 = data43.gates;
if(Array.isArray(data229)){
if(data229.length > 3200){
const err401 = {instancePath:instancePath+"/audits/" + i3+"/gates",schemaPath:"#/properties/audits/items/properties/gates/maxItems",keyword:"maxItems",params:{limit: 3200},message:"must NOT have more than 3200 items"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
const len30 = data229.length;
for(let i30=0; i30<len30; i30++){
let data230 = data229[i30];
if(data230 && typeof data230 == "object" && !Array.isArray(data230)){
if(data230.metric === undefined){
const err402 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30,schemaPath:"#/properties/audits/items/properties/gates/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
if(data230.attribute === undefined){
const err403 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30,schemaPath:"#/properties/audits/items/properties/gates/items/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
if(data230.each_group === undefined){
const err404 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30,schemaPath:"#/properties/audits/items/properties/gates/items/required",keyword:"required",params:{missingProperty: "each_group"},message:"must have required property '"+"each_group"+"'"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
if(data230.value === undefined){
const err405 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30,schemaPath:"#/properties/audits/items/properties/gates/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
if(data230.threshold === undefined){
const err406 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30,schemaPath:"#/properties/audits/items/properties/gates/items/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
if(data230.status === undefined){
const err407 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30,schemaPath:"#/properties/audits/items/properties/gates/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
if(data230.level === undefined){
const err408 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30,schemaPath:"#/properties/audits/items/properties/gates/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
if(data230.effect === undefined){
const err409 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30,schemaPath:"#/properties/audits/items/properties/gates/items/required",keyword:"required",params:{missingProperty: "effect"},message:"must have required property '"+"effect"+"'"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
if(data230.message === undefined){
const err410 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30,schemaPath:"#/properties/audits/items/properties/gates/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
if(data230.groups === undefined){
const err411 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30,schemaPath:"#/properties/audits/items/properties/gates/items/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
if(data230.line === undefined){
const err412 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30,schemaPath:"#/properties/audits/items/properties/gates/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
if(data230.metric !== undefined){
if(typeof data230.metric !== "string"){
const err413 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/metric",schemaPath:"#/properties/audits/items/properties/gates/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
if(data230.name !== undefined){
if(typeof data230.name !== "string"){
const err414 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/name",schemaPath:"#/properties/audits/items/properties/gates/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
if(data230.attribute !== undefined){
let data233 = data230.attribute;
const _errs545 = errors;
let valid135 = false;
const _errs546 = errors;
if(data233 !== null){
const err415 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/attribute",schemaPath:"#/properties/audits/items/properties/gates/items/properties/attribute/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
var _valid12 = _errs546 === errors;
valid135 = valid135 || _valid12;
if(!valid135){
const _errs548 = errors;
if(typeof data233 !== "string"){
const err416 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/attribute",schemaPath:"#/properties/audits/items/properties/gates/items/properties/attribute/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
var _valid12 = _errs548 === errors;
valid135 = valid135 || _valid12;
if(!valid135){
const _errs550 = errors;
if(Array.isArray(data233)){
const len31 = data233.length;
for(let i31=0; i31<len31; i31++){
if(typeof data233[i31] !== "string"){
const err417 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/attribute/" + i31,schemaPath:"#/properties/audits/items/properties/gates/items/properties/attribute/anyOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
}
else {
const err418 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/attribute",schemaPath:"#/properties/audits/items/properties/gates/items/properties/attribute/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
var _valid12 = _errs550 === errors;
valid135 = valid135 || _valid12;
}
}
if(!valid135){
const err419 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/attribute",schemaPath:"#/properties/audits/items/properties/gates/items/properties/attribute/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
else {
errors = _errs545;
if(vErrors !== null){
if(_errs545){
vErrors.length = _errs545;
}
else {
vErrors = null;
}
}
}
}
if(data230.method !== undefined){
if(typeof data230.method !== "string"){
const err420 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/method",schemaPath:"#/properties/audits/items/properties/gates/items/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
if(data230.agg !== undefined){
if(!(data230.agg === "mean")){
const err421 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/agg",schemaPath:"#/properties/audits/items/properties/gates/items/properties/agg/enum",keyword:"enum",params:{allowedValues: schema11.properties.audits.items.properties.gates.items.properties.agg.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
if(data230.each_group !== undefined){
if(typeof data230.each_group !== "boolean"){
const err422 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/each_group",schemaPath:"#/properties/audits/items/properties/gates/items/properties/each_group/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
if(data230.value !== undefined){
let data238 = data230.value;
if((!((typeof data238 == "number") && (isFinite(data238)))) && (data238 !== null)){
const err423 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/value",schemaPath:"#/properties/audits/items/properties/gates/items/properties/value/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.gates.items.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
if(data230.threshold !== undefined){
let data239 = data230.threshold;
if(data239 && typeof data239 == "object" && !Array.isArray(data239)){
for(const key32 in data239){
if(!((key32 === "min") || (key32 === "max"))){
const err424 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/threshold",schemaPath:"#/properties/audits/items/properties/gates/items/properties/threshold/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
if(data239.min !== undefined){
let data240 = data239.min;
if(!((typeof data240 == "number") && (isFinite(data240)))){
const err425 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/threshold/min",schemaPath:"#/properties/audits/items/properties/gates/items/properties/threshold/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
if(data239.max !== undefined){
let data241 = data239.max;
if(!((typeof data241 == "number") && (isFinite(data241)))){
const err426 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/threshold/max",schemaPath:"#/properties/audits/items/properties/gates/items/properties/threshold/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
}
else {
const err427 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/threshold",schemaPath:"#/properties/audits/items/properties/gates/items/properties/threshold/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
}
if(data230.change !== undefined){
let data242 = data230.change;
if(data242 && typeof data242 == "object" && !Array.isArray(data242)){
for(const key33 in data242){
if(!(((key33 === "max_increase") || (key33 === "max_decrease")) || (key33 === "max_relative_change"))){
const err428 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/change",schemaPath:"#/properties/audits/items/properties/gates/items/properties/change/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
}
if(data242.max_increase !== undefined){
let data243 = data242.max_increase;
if(!((typeof data243 == "number") && (isFinite(data243)))){
const err429 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/change/max_increase",schemaPath:"#/properties/audits/items/properties/gates/items/properties/change/properties/max_increase/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
if(data242.max_decrease !== undefined){
let data244 = data242.max_decrease;
if(!((typeof data244 == "number") && (isFinite(data244)))){
const err430 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/change/max_decrease",schemaPath:"#/properties/audits/items/properties/gates/items/properties/change/properties/max_decrease/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
if(data242.max_relative_change !== undefined){
let data245 = data242.max_relative_change;
if(!((typeof data245 == "number") && (isFinite(data245)))){
const err431 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/change/max_relative_change",schemaPath:"#/properties/audits/items/properties/gates/items/properties/change/properties/max_relative_change/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
}
else {
const err432 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/change",schemaPath:"#/properties/audits/items/properties/gates/items/properties/change/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
if(data230.on !== undefined){
let data246 = data230.on;
if(!((data246 === "point") || (data246 === "interval"))){
const err433 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/on",schemaPath:"#/properties/audits/items/properties/gates/items/properties/on/enum",keyword:"enum",params:{allowedValues: schema11.properties.audits.items.properties.gates.items.properties.on.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
if(data230.status !== undefined){
let data247 = data230.status;
if(!((((data247 === "pass") || (data247 === "warn")) || (data247 === "fail")) || (data247 === "insufficient"))){
const err434 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/status",schemaPath:"#/properties/audits/items/properties/gates/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.audits.items.properties.gates.items.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
if(data230.level !== undefined){
let data248 = data230.level;
if(!((data248 === "error") || (data248 === "warning"))){
const err435 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/level",schemaPath:"#/properties/audits/items/properties/gates/items/properties/level/enum",keyword:"enum",params:{allowedValues: schema11.properties.audits.items.properties.gates.items.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
if(data230.effect !== undefined){
let data249 = data230.effect;
if(!(((data249 === "pass") || (data249 === "warn")) || (data249 === "fail"))){
const err436 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/effect",schemaPath:"#/properties/audits/items/properties/gates/items/properties/effect/enum",keyword:"enum",params:{allowedValues: schema11.properties.audits.items.properties.gates.items.properties.effect.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
if(data230.message !== undefined){
if(typeof data230.message !== "string"){
const err437 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/message",schemaPath:"#/properties/audits/items/properties/gates/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
if(data230.groups !== undefined){
let data251 = data230.groups;
if(Array.isArray(data251)){
const len32 = data251.length;
for(let i32=0; i32<len32; i32++){
if(typeof data251[i32] !== "string"){
const err438 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/groups/" + i32,schemaPath:"#/properties/audits/items/properties/gates/items/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
}
else {
const err439 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/groups",schemaPath:"#/properties/audits/items/properties/gates/items/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
if(data230.skipped !== undefined){
let data253 = data230.skipped;
if(Array.isArray(data253)){
const len33 = data253.length;
for(let i33=0; i33<len33; i33++){
let data254 = data253[i33];
if(data254 && typeof data254 == "object" && !Array.isArray(data254)){
if(data254.group !== undefined){
if(typeof data254.group !== "string"){
const err440 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/skipped/" + i33+"/group",schemaPath:"#/properties/audits/items/properties/gates/items/properties/skipped/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
if(data254.reason !== undefined){
if(typeof data254.reason !== "string"){
const err441 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/skipped/" + i33+"/reason",schemaPath:"#/properties/audits/items/properties/gates/items/properties/skipped/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
}
else {
const err442 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/skipped/" + i33,schemaPath:"#/properties/audits/items/properties/gates/items/properties/skipped/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
}
else {
const err443 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/skipped",schemaPath:"#/properties/audits/items/properties/gates/items/properties/skipped/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
if(data230.line !== undefined){
let data257 = data230.line;
if(!(((typeof data257 == "number") && (!(data257 % 1) && !isNaN(data257))) && (isFinite(data257)))){
const err444 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/line",schemaPath:"#/properties/audits/items/properties/gates/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
if((typeof data257 == "number") && (isFinite(data257))){
if(data257 < 0 || isNaN(data257)){
const err445 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/line",schemaPath:"#/properties/audits/items/properties/gates/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
}
if(data230.ci !== undefined){
let data258 = data230.ci;
const _errs598 = errors;
let valid145 = false;
const _errs599 = errors;
if(data258 !== null){
const err446 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/ci",schemaPath:"#/properties/audits/items/properties/gates/items/properties/ci/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
var _valid13 = _errs599 === errors;
valid145 = valid145 || _valid13;
if(!valid145){
const _errs601 = errors;
if(Array.isArray(data258)){
if(data258.length > 2){
const err447 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/ci",schemaPath:"#/properties/audits/items/properties/gates/items/properties/ci/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
if(data258.length < 2){
const err448 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/ci",schemaPath:"#/properties/audits/items/properties/gates/items/properties/ci/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
const len34 = data258.length;
for(let i34=0; i34<len34; i34++){
let data259 = data258[i34];
if((!((typeof data259 == "number") && (isFinite(data259)))) && (data259 !== null)){
const err449 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/ci/" + i34,schemaPath:"#/properties/audits/items/properties/gates/items/properties/ci/anyOf/1/items/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.gates.items.properties.ci.anyOf[1].items.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
}
else {
const err450 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/ci",schemaPath:"#/properties/audits/items/properties/gates/items/properties/ci/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
var _valid13 = _errs601 === errors;
valid145 = valid145 || _valid13;
}
if(!valid145){
const err451 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/ci",schemaPath:"#/properties/audits/items/properties/gates/items/properties/ci/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
else {
errors = _errs598;
if(vErrors !== null){
if(_errs598){
vErrors.length = _errs598;
}
else {
vErrors = null;
}
}
}
}
if(data230.delta !== undefined){
let data260 = data230.delta;
if(data260 && typeof data260 == "object" && !Array.isArray(data260)){
if(data260.baseline !== undefined){
let data261 = data260.baseline;
if((!((typeof data261 == "number") && (isFinite(data261)))) && (data261 !== null)){
const err452 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/delta/baseline",schemaPath:"#/properties/audits/items/properties/gates/items/properties/delta/properties/baseline/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.gates.items.properties.delta.properties.baseline.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
if(data260.change !== undefined){
let data262 = data260.change;
if((!((typeof data262 == "number") && (isFinite(data262)))) && (data262 !== null)){
const err453 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/delta/change",schemaPath:"#/properties/audits/items/properties/gates/items/properties/delta/properties/change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.gates.items.properties.delta.properties.change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
if(data260.relative_change !== undefined){
let data263 = data260.relative_change;
if((!((typeof data263 == "number") && (isFinite(data263)))) && (data263 !== null)){
const err454 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/delta/relative_change",schemaPath:"#/properties/audits/items/properties/gates/items/properties/delta/properties/relative_change/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.gates.items.properties.delta.properties.relative_change.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
}
if(data260.outside_interval !== undefined){
let data264 = data260.outside_interval;
if((typeof data264 !== "boolean") && (data264 !== null)){
const err455 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/delta/outside_interval",schemaPath:"#/properties/audits/items/properties/gates/items/properties/delta/properties/outside_interval/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.gates.items.properties.delta.properties.outside_interval.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
}
else {
const err456 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/delta",schemaPath:"#/properties/audits/items/properties/gates/items/properties/delta/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
if(data230.reference !== undefined){
let data265 = data230.reference;
if(data265 && typeof data265 == "object" && !Array.isArray(data265)){
if(data265.group !== undefined){
let data266 = data265.group;
if((typeof data266 !== "string") && (data266 !== null)){
const err457 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/reference/group",schemaPath:"#/properties/audits/items/properties/gates/items/properties/reference/properties/group/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.gates.items.properties.reference.properties.group.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
}
if(data265.chosen !== undefined){
if(typeof data265.chosen !== "string"){
const err458 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/reference/chosen",schemaPath:"#/properties/audits/items/properties/gates/items/properties/reference/properties/chosen/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
}
else {
const err459 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/reference",schemaPath:"#/properties/audits/items/properties/gates/items/properties/reference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
}
if(data230.against !== undefined){
if(!(data230.against === "history_median")){
const err460 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/against",schemaPath:"#/properties/audits/items/properties/gates/items/properties/against/enum",keyword:"enum",params:{allowedValues: schema11.properties.audits.items.properties.gates.items.properties.against.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
if(data230.min_history !== undefined){
let data269 = data230.min_history;
if(!(((typeof data269 == "number") && (!(data269 % 1) && !isNaN(data269))) && (isFinite(data269)))){
const err461 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/min_history",schemaPath:"#/properties/audits/items/properties/gates/items/properties/min_history/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
if((typeof data269 == "number") && (isFinite(data269))){
if(data269 < 0 || isNaN(data269)){
const err462 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/min_history",schemaPath:"#/properties/audits/items/properties/gates/items/properties/min_history/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
}
if(data230.history !== undefined){
let data270 = data230.history;
if(data270 && typeof data270 == "object" && !Array.isArray(data270)){
if(data270.values === undefined){
const err463 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/history",schemaPath:"#/properties/audits/items/properties/gates/items/properties/history/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
if(data270.count === undefined){
const err464 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/history",schemaPath:"#/properties/audits/items/properties/gates/items/properties/history/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
if(data270.median === undefined){
const err465 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/history",schemaPath:"#/properties/audits/items/properties/gates/items/properties/history/required",keyword:"required",params:{missingProperty: "median"},message:"must have required property '"+"median"+"'"};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
if(data270.values !== undefined){
let data271 = data270.values;
if(Array.isArray(data271)){
if(data271.length > 100){
const err466 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/history/values",schemaPath:"#/properties/audits/items/properties/gates/items/properties/history/properties/values/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
const len35 = data271.length;
for(let i35=0; i35<len35; i35++){
let data272 = data271[i35];
if((!((typeof data272 == "number") && (isFinite(data272)))) && (data272 !== null)){
const err467 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/history/values/" + i35,schemaPath:"#/properties/audits/items/properties/gates/items/properties/history/properties/values/items/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.gates.items.properties.history.properties.values.items.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
}
else {
const err468 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/history/values",schemaPath:"#/properties/audits/items/properties/gates/items/properties/history/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
if(data270.count !== undefined){
let data273 = data270.count;
if(!(((typeof data273 == "number") && (!(data273 % 1) && !isNaN(data273))) && (isFinite(data273)))){
const err469 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/history/count",schemaPath:"#/properties/audits/items/properties/gates/items/properties/history/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
if((typeof data273 == "number") && (isFinite(data273))){
if(data273 < 0 || isNaN(data273)){
const err470 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/history/count",schemaPath:"#/properties/audits/items/properties/gates/items/properties/history/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
}
if(data270.median !== undefined){
let data274 = data270.median;
if((!((typeof data274 == "number") && (isFinite(data274)))) && (data274 !== null)){
const err471 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/history/median",schemaPath:"#/properties/audits/items/properties/gates/items/properties/history/properties/median/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.gates.items.properties.history.properties.median.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
}
else {
const err472 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/history",schemaPath:"#/properties/audits/items/properties/gates/items/properties/history/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
if(data230.control !== undefined){
let data275 = data230.control;
if(data275 && typeof data275 == "object" && !Array.isArray(data275)){
if(data275.level === undefined){
const err473 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control",schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
if(data275.chosen === undefined){
const err474 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control",schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/required",keyword:"required",params:{missingProperty: "chosen"},message:"must have required property '"+"chosen"+"'"};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
if(data275.levels === undefined){
const err475 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control",schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
if(data275.level !== undefined){
if(typeof data275.level !== "string"){
const err476 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control/level",schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
if(data275.chosen !== undefined){
let data277 = data275.chosen;
if(!((data277 === "named") || (data277 === "worst"))){
const err477 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control/chosen",schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/properties/chosen/enum",keyword:"enum",params:{allowedValues: schema11.properties.audits.items.properties.gates.items.properties.control.properties.chosen.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
}
if(data275.levels !== undefined){
let data278 = data275.levels;
if(Array.isArray(data278)){
if(data278.length > 200){
const err478 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control/levels",schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/properties/levels/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
const len36 = data278.length;
for(let i36=0; i36<len36; i36++){
let data279 = data278[i36];
if(data279 && typeof data279 == "object" && !Array.isArray(data279)){
if(data279.level === undefined){
const err479 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control/levels/" + i36,schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/properties/levels/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
if(data279.status === undefined){
const err480 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control/levels/" + i36,schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/properties/levels/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
if(data279.level !== undefined){
if(typeof data279.level !== "string"){
const err481 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control/levels/" + i36+"/level",schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/properties/levels/items/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
if(data279.value !== undefined){
let data281 = data279.value;
if((!((typeof data281 == "number") && (isFinite(data281)))) && (data281 !== null)){
const err482 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control/levels/" + i36+"/value",schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/properties/levels/items/properties/value/type",keyword:"type",params:{type: schema11.properties.audits.items.properties.gates.items.properties.control.properties.levels.items.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
if(data279.status !== undefined){
let data282 = data279.status;
if(!((((data282 === "pass") || (data282 === "warn")) || (data282 === "fail")) || (data282 === "insufficient"))){
const err483 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control/levels/" + i36+"/status",schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/properties/levels/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.audits.items.properties.gates.items.properties.control.properties.levels.items.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
}
else {
const err484 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control/levels/" + i36,schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/properties/levels/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
}
}
else {
const err485 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control/levels",schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
}
}
else {
const err486 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30+"/control",schemaPath:"#/properties/audits/items/properties/gates/items/properties/control/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
}
}
else {
const err487 = {instancePath:instancePath+"/audits/" + i3+"/gates/" + i30,schemaPath:"#/properties/audits/items/properties/gates/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
}
else {
const err488 = {instancePath:instancePath+"/audits/" + i3+"/gates",schemaPath:"#/properties/audits/items/properties/gates/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
}
if(data43.warnings !== undefined){
let data283 = data43.warnings;
if(Array.isArray(data283)){
const len37 = data283.length;
for(let i37=0; i37<len37; i37++){
if(typeof data283[i37] !== "string"){
const err489 = {instancePath:instancePath+"/audits/" + i3+"/warnings/" + i37,schemaPath:"#/properties/audits/items/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
}
}
else {
const err490 = {instancePath:instancePath+"/audits/" + i3+"/warnings",schemaPath:"#/properties/audits/items/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
}
if(data43.passed !== undefined){
if(typeof data43.passed !== "boolean"){
const err491 = {instancePath:instancePath+"/audits/" + i3+"/passed",schemaPath:"#/properties/audits/items/properties/passed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
}
else {
const err492 = {instancePath:instancePath+"/audits/" + i3,schemaPath:"#/properties/audits/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
}
}
else {
const err493 = {instancePath:instancePath+"/audits",schemaPath:"#/properties/audits/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
}
}
else {
const err494 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
})
};
