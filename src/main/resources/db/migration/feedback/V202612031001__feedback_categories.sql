-- The categories of a Vietnamese city's feedback channel (the groups Hà Nội's and Hồ Chí Minh City's channels use):
-- on-site problems, anonymous allowed and a location required; administrative procedures and dossiers, signed in only.
-- resolve_working_days null = civic.feedback.resolve-working-days (10).
insert into feedback_category (code, name_vi, name_en, description_vi, description_en, category_group, keywords,
        anonymous_allowed, location_required, resolve_working_days, active, sort_order) values
('road-damage', 'Hư hỏng mặt đường, ổ gà', 'Potholes and damaged roads',
 'Ổ gà, lún, nứt, sụt mặt đường, vỉa hè hư hỏng, nắp hố ga bị mất hoặc vỡ.',
 'Potholes, subsidence, cracked or sunken roads, broken pavements, missing or broken manhole covers.',
 'ON_SITE', 'giao thông,ổ gà,mặt đường,vỉa hè,hố ga,pothole,road,pavement', true, true, null, true, 10),
('traffic-lights', 'Đèn tín hiệu giao thông', 'Traffic lights',
 'Đèn tín hiệu giao thông không hoạt động, hoạt động sai chu kỳ hoặc bị che khuất.',
 'Traffic lights out of order, on a wrong cycle or hidden from view.',
 'ON_SITE', 'giao thông,đèn tín hiệu,đèn xanh đèn đỏ,traffic light,signal', true, true, 2, true, 20),
('traffic-signs', 'Biển báo, vạch kẻ đường', 'Road signs and markings',
 'Biển báo giao thông bị mất, hỏng, sai, bị che khuất; vạch kẻ đường bị mờ.',
 'Traffic signs missing, damaged, wrong or hidden; faded road markings.',
 'ON_SITE', 'giao thông,biển báo,vạch kẻ đường,sign,marking', true, true, null, true, 30),
('waste', 'Rác thải, vệ sinh môi trường', 'Waste and street cleaning',
 'Rác thải, phế thải xây dựng đổ trộm, điểm tập kết rác quá tải, đường phố không được quét dọn.',
 'Dumped waste or building rubble, overflowing collection points, streets not cleaned.',
 'ON_SITE', 'môi trường,rác,rác thải,phế thải,vệ sinh,waste,rubbish,litter', true, true, 3, true, 40),
('pollution', 'Ô nhiễm môi trường', 'Pollution',
 'Khói, bụi, tiếng ồn, mùi hôi, nước thải xả ra môi trường.',
 'Smoke, dust, noise, foul smells, waste water released into the environment.',
 'ON_SITE', 'môi trường,ô nhiễm,khói,bụi,tiếng ồn,mùi,nước thải,pollution,noise,smell', true, true, null, true, 50),
('urban-order', 'Trật tự đô thị', 'Urban order',
 'Quảng cáo, rao vặt trái phép, bán hàng rong gây cản trở, tụ tập gây mất trật tự nơi công cộng.',
 'Illegal advertising and posters, obstructive street vending, disorder in public places.',
 'ON_SITE', 'trật tự đô thị,quảng cáo,rao vặt,bán hàng rong,urban order,posters', true, true, null, true, 60),
('sidewalk-encroachment', 'Lấn chiếm vỉa hè, lòng đường', 'Pavement and roadway encroachment',
 'Lấn chiếm vỉa hè, lòng đường để kinh doanh, trông giữ xe, để vật liệu trái phép.',
 'Pavements or roadways taken over for trade, parking or materials without permission.',
 'ON_SITE', 'trật tự đô thị,lấn chiếm,vỉa hè,lòng đường,trông giữ xe,encroachment,pavement', true, true, null, true, 70),
('illegal-construction', 'Xây dựng trái phép, sai phép', 'Unlicensed or non-compliant construction',
 'Công trình xây dựng không phép, sai giấy phép, lấn chiếm đất công; công trường mất an toàn, gây ô nhiễm.',
 'Building without or against a permit, on public land; unsafe or polluting building sites.',
 'ON_SITE', 'xây dựng,trái phép,sai phép,công trình,construction,permit', true, true, 15, true, 80),
('street-lighting', 'Chiếu sáng công cộng', 'Street lighting',
 'Đèn chiếu sáng công cộng không sáng, chập chờn, sáng ban ngày; cột đèn hư hỏng, nghiêng đổ, hở điện.',
 'Street lights out, flickering or on by day; damaged, leaning or exposed light poles.',
 'ON_SITE', 'chiếu sáng,đèn đường,cột đèn,street light,lamp,lighting', true, true, 5, true, 90),
('trees', 'Cây xanh', 'Trees',
 'Cây đổ, gãy cành, cây có nguy cơ đổ, cần cắt tỉa; chặt hạ cây xanh trái phép.',
 'Fallen trees and branches, trees at risk of falling or needing pruning; trees cut down without permission.',
 'ON_SITE', 'cây xanh,cây đổ,gãy cành,cắt tỉa,tree,branch', true, true, 3, true, 100),
('drainage-flooding', 'Thoát nước, ngập úng', 'Drainage and flooding',
 'Ngập úng, cống rãnh tắc, nắp cống hở, nước thải tràn ra đường.',
 'Flooding, blocked drains, open gullies, sewage overflowing onto the street.',
 'ON_SITE', 'thoát nước,ngập,úng,cống,rãnh,drain,flood,sewer', true, true, 5, true, 110),
('water-supply', 'Cấp nước sạch', 'Water supply',
 'Mất nước, nước yếu, nước bẩn, vỡ đường ống cấp nước.',
 'No water, low pressure, dirty water, burst supply pipes.',
 'ON_SITE', 'nước sạch,cấp nước,mất nước,vỡ ống,water,pipe', true, true, 3, true, 120),
('administrative-procedure', 'Thủ tục hành chính', 'Administrative procedures',
 'Phản ánh, kiến nghị về quy định hành chính, cách giải quyết thủ tục, thái độ, hành vi của cán bộ, công chức.',
 'Feedback on administrative rules, on how a procedure is handled, on the conduct of officials.',
 'PROCEDURE', 'thủ tục hành chính,quy định,cán bộ,thái độ,nhũng nhiễu,procedure,official', false, false, null, true, 200),
('dossier', 'Hồ sơ thủ tục hành chính', 'A dossier',
 'Phản ánh về một hồ sơ đã nộp: chậm trả kết quả, yêu cầu bổ sung không đúng quy định, thu phí sai.',
 'Feedback on a dossier filed: late results, unjustified supplement requests, wrong fees.',
 'PROCEDURE', 'hồ sơ,trễ hạn,bổ sung,kết quả,dossier,late', false, false, 5, true, 210);

insert into feedback_attribute (category_code, code, datatype, required, attribute_order, description_vi,
        description_en) values
('street-lighting', 'pole-number', 'STRING', false, 1, 'Số hiệu cột đèn (ghi trên thân cột), nếu có',
 'The pole''s number (written on the pole), if any'),
('street-lighting', 'lighting-fault', 'SINGLEVALUELIST', false, 2, 'Tình trạng đèn', 'What is wrong with the light'),
('road-damage', 'road-damage-size', 'SINGLEVALUELIST', false, 1, 'Kích thước chỗ hư hỏng', 'Size of the damage'),
('dossier', 'dossier-code', 'STRING', true, 1, 'Mã hồ sơ (ghi trên phiếu tiếp nhận và hẹn trả kết quả)',
 'The dossier code (on the receipt and appointment slip)');

insert into feedback_attribute_value (attribute_id, value_key, name_vi, name_en, value_order)
select id, 'off', 'Đèn không sáng', 'Not lit', 1 from feedback_attribute
 where category_code = 'street-lighting' and code = 'lighting-fault';
insert into feedback_attribute_value (attribute_id, value_key, name_vi, name_en, value_order)
select id, 'flickering', 'Đèn chập chờn', 'Flickering', 2 from feedback_attribute
 where category_code = 'street-lighting' and code = 'lighting-fault';
insert into feedback_attribute_value (attribute_id, value_key, name_vi, name_en, value_order)
select id, 'on-by-day', 'Đèn sáng ban ngày', 'Lit by day', 3 from feedback_attribute
 where category_code = 'street-lighting' and code = 'lighting-fault';
insert into feedback_attribute_value (attribute_id, value_key, name_vi, name_en, value_order)
select id, 'pole-damaged', 'Cột đèn hư hỏng, nghiêng đổ, hở điện', 'Pole damaged, leaning or live wires', 4
  from feedback_attribute where category_code = 'street-lighting' and code = 'lighting-fault';
insert into feedback_attribute_value (attribute_id, value_key, name_vi, name_en, value_order)
select id, 'small', 'Nhỏ (dưới 0,5 m)', 'Small (under 0.5 m)', 1 from feedback_attribute
 where category_code = 'road-damage' and code = 'road-damage-size';
insert into feedback_attribute_value (attribute_id, value_key, name_vi, name_en, value_order)
select id, 'medium', 'Vừa (0,5 đến 2 m)', 'Medium (0.5 to 2 m)', 2 from feedback_attribute
 where category_code = 'road-damage' and code = 'road-damage-size';
insert into feedback_attribute_value (attribute_id, value_key, name_vi, name_en, value_order)
select id, 'large', 'Lớn (trên 2 m)', 'Large (over 2 m)', 3 from feedback_attribute
 where category_code = 'road-damage' and code = 'road-damage-size';
