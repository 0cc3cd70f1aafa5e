<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="sneaky" source="passwd_link" tilewidth="8" tileheight="8" tilecount="6" columns="3">
 <image source="../../maps/good/assets/tiles.png" width="24" height="16"/>
</tileset>
