<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="real" tilewidth="16" tileheight="16" tilecount="160" columns="8">
 <image source="real.png" width="128" height="320"/>
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
</tileset>
