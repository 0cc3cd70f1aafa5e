<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="other" tilewidth="16" tileheight="16" tilecount="168" columns="8">
 <image source="other.png" width="128" height="336"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_wood"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="floor_wood_alt"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="floor_wood_shadow"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="floor_tile"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="floor_tile_shadow"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="rug"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="doormat"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="void"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="wall_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="wall_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="wall_face_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="wall_face_little_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="wall_face_picture"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="wall_face_shelf"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="wall_face_mirror"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="doorway"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="table_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="table_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="chair"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="bed_head"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="bed_foot"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="sofa_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="sofa_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="counter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="stove"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="sink"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="plant"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="boxes"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="lamp"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="armchair"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="radio"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="desk"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="hanging_lamp"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="doorframe_top"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="floor_wood_dark"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="rain_puddle"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="corridor_floor"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="corridor_wall_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="corridor_wall_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="corridor_door_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="corridor_floor_shadow"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="grass"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="grass_leaves"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="long_grass"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="mud"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="gravel"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="garden_bed"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="puddle"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="hedge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="fence"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="stones_mushrooms"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="well_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="well_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="well_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="well_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="fir_top"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="fir_middle"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="fir_trunk"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="woods"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="roof"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="clapboard"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="clapboard_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="door_flat"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="door_ground"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="attic_stairs"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="porch"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="porch_steps"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="sign_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="sign_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="mailbox"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="lantern"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="77" duration="700"/>
   <frame tileid="78" duration="160"/>
   <frame tileid="77" duration="260"/>
   <frame tileid="78" duration="420"/>
  </animation>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="lantern_flicker"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="birdbath"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="79" duration="450"/>
   <frame tileid="80" duration="450"/>
  </animation>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="birdbath_ripple"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="mist"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="garden_gate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="flowers_hair"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="flowers_skin"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="flowers_yellow"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="flowers_red"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="flowers_white"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="floral_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="floral_wall_poster"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="floral_wall_poster_diva"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="floral_wall_dog_portrait"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="floral_wall_curtains"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="chaise_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="chaise_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="tea_table_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="tea_table_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="costume_trunk"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="taffy_jar"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="candle"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="99" duration="280"/>
   <frame tileid="100" duration="200"/>
   <frame tileid="99" duration="160"/>
   <frame tileid="100" duration="240"/>
  </animation>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="candle_flicker"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="gramophone"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="stuffed_dog"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="parlour_carpet"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="back_door_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="back_door_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="stage_boards"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="stage_edge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="107" duration="520"/>
   <frame tileid="108" duration="380"/>
  </animation>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="stage_edge_glow"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="stage_curtain_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="stage_curtain_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="valance"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="seats"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="aisle_carpet"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="proscenium_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="proscenium_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="theater_box"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="cell_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="cell_wall_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="cell_floor"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="cobweb"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="old_toy"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="chalk_marks"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="mirror_back"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="roof_slope"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="roof_skylight"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="125" duration="420"/>
   <frame tileid="126" duration="420"/>
  </animation>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="roof_skylight_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="roof_beam"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="knee_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="knee_wall_poster_ball"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="knee_wall_poster_hoop"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="knee_wall_curtain"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="beet_crate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="beet_sack"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="pullup_bar"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="exercise_rings"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="mouse_stage_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="mouse_stage_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="cot_head"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="cot_foot"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="samovar"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="stairs_down"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="sawdust"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="confetti_floor"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="ring_curb_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="ring_curb_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="ring_curb_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="ring_curb_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="ring_curb_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="ring_curb_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="ring_curb_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="ring_curb_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="tent_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="tent_pole"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="bleachers"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="trapeze_ladder"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="trapeze_platform"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="spotlight"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="157" duration="600"/>
   <frame tileid="158" duration="600"/>
  </animation>
 </tile>
 <tile id="158">
  <properties>
   <property name="name" value="spotlight_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="name" value="cotton_candy_cart"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="ghost_eye"/>
  </properties>
  <animation>
   <frame tileid="160" duration="400"/>
   <frame tileid="161" duration="400"/>
  </animation>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="ghost_eye_glint"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="snow_globe"/>
  </properties>
  <animation>
   <frame tileid="162" duration="400"/>
   <frame tileid="163" duration="400"/>
  </animation>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="snow_globe_glint"/>
  </properties>
 </tile>
</tileset>
